import { type Actor, BaseCommand } from '#platform';
import type { DemandKind } from '../../../domain/supply-demand.js';

/** 需求大厅 search: open demands by kind, cluster, district and words of the title. */
export class SearchDemandsCommand extends BaseCommand {
  constructor(
    actor: Actor,
    readonly filter: { kinds?: DemandKind[]; clusterCode?: string; districtCode?: string; q?: string; after?: string; limit: number },
  ) {
    super(actor);
  }
}
