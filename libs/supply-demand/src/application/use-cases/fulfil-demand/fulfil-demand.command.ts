import { type Actor, BaseCommand } from '#platform';

export class FulfilDemandCommand extends BaseCommand {
  constructor(
    actor: Actor,
    readonly demandId: string,
  ) {
    super(actor);
  }
}
