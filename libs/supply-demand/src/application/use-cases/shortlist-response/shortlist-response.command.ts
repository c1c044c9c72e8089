import { type Actor, BaseCommand } from '#platform';

export class ShortlistResponseCommand extends BaseCommand {
  constructor(
    actor: Actor,
    readonly demandId: string,
    readonly responseId: string,
  ) {
    super(actor);
  }
}
