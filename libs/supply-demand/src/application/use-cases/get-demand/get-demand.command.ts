import { type Actor, BaseCommand } from '#platform';

export class GetDemandCommand extends BaseCommand {
  constructor(
    actor: Actor,
    readonly demandId: string,
  ) {
    super(actor);
  }
}

/** One outcome of a demand, read by whoever may see the demand. */
export class GetOutcomeCommand extends BaseCommand {
  constructor(
    actor: Actor,
    readonly outcomeId: string,
  ) {
    super(actor);
  }
}
