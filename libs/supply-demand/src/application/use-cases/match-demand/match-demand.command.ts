import { type Actor, BaseCommand } from '#platform';

/** 精准推送 of one published demand (run by the matching job, as a system actor). */
export class MatchDemandCommand extends BaseCommand {
  constructor(
    actor: Actor,
    readonly demandId: string,
  ) {
    super(actor);
  }
}
