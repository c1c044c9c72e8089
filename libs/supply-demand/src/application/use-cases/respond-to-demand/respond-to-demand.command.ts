import { type Actor, BaseCommand } from '#platform';

/** 应答: a supplier answers a demand, naming the programs it would bring. */
export class RespondToDemandCommand extends BaseCommand {
  constructor(
    actor: Actor,
    readonly demandId: string,
    readonly organizationId: string,
    readonly message: string,
    readonly programIds: readonly string[],
  ) {
    super(actor);
  }
}
