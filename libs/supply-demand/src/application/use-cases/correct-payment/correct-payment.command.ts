import { type Actor, BaseCommand } from '#platform';

/** A correction of a payment recorded wrongly (amount or date), with the reason; the audit log keeps the old one. */
export class CorrectPaymentCommand extends BaseCommand {
  constructor(
    actor: Actor,
    readonly paymentId: string,
    readonly correction: { amount: number; receivedOn: string; reason: string },
  ) {
    super(actor);
  }
}
