import { type Actor, BaseCommand } from '#platform';
import type { OutcomeKind } from '../../../domain/supply-demand.js';

/**
 * 对接成果, recorded as a fact: an order class (订单班) with its students, a placement of students,
 * a technical-service contract with its amount (payments received are recorded on it), or a
 * training programme with its trainees.
 */
export class RecordOutcomeCommand extends BaseCommand {
  constructor(
    actor: Actor,
    readonly demandId: string,
    readonly outcome: { responseId: string; kind: OutcomeKind; name: string; students?: number | null; amount?: number | null; occurredOn: string },
  ) {
    super(actor);
  }
}
