import { type Actor, BaseCommand } from '#platform';

export class PublishDemandCommand extends BaseCommand {
  constructor(
    actor: Actor,
    readonly demandId: string,
  ) {
    super(actor);
  }
}
