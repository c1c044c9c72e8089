import { type Actor, BaseCommand } from '#platform';

export class ListProgramsCommand extends BaseCommand {
  constructor(
    actor: Actor,
    readonly organizationId: string,
  ) {
    super(actor);
  }
}
