import { type Actor, BaseCommand } from '#platform';

/** 到款: a payment received on a technical-service contract. */
export class RecordPaymentCommand extends BaseCommand {
  constructor(
    actor: Actor,
    readonly outcomeId: string,
    readonly payment: { amount: number; receivedOn: string },
  ) {
    super(actor);
  }
}
