import { type Actor, BaseCommand } from '#platform';
import type { FigureScope } from '../../../persistence/supply-demand.repository.js';

/** Figures of a scope for a period (dates inclusive). */
export class ComputeFiguresCommand extends BaseCommand {
  constructor(
    actor: Actor,
    readonly figureScope: FigureScope,
    readonly from: string,
    readonly to: string,
  ) {
    super(actor);
  }
}
