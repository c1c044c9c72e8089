import { type Actor, BaseCommand } from '#platform';

/** 为你推荐: the open demands pushed to one organization. */
export class ListRecommendationsCommand extends BaseCommand {
  constructor(
    actor: Actor,
    readonly organizationId: string,
    readonly limit: number,
  ) {
    super(actor);
  }
}
