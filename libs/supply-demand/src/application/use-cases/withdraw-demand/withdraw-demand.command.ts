import { type Actor, BaseCommand } from '#platform';

export class WithdrawDemandCommand extends BaseCommand {
  constructor(
    actor: Actor,
    readonly demandId: string,
    readonly reason: string,
  ) {
    super(actor);
  }
}
