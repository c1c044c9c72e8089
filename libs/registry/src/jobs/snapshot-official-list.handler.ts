import { Injectable } from '@nestjs/common';
import { AuditRecorder, type EventEnvelope, type EventHandlerContext, OnEvent, OutboxPublisher } from '#platform';
import { ConsortiumLookup } from '../application/consortium/consortium-lookup.js';
import { OFFICIAL_LIST_SNAPSHOTTED, takeSnapshot } from '../application/official-list/official-list-snapshots.js';

/** The evaluation context's event (`{ id, code, revision, digest }`), known here by its name only. */
export const ROUND_PUBLISHED = 'evaluation.round.published';

/**
 * 建设名单 snapshotted with every published round (DESIGN §2.1): on each publication (a correction
 * is a new revision, so a new snapshot; earlier ones stay), the list as of the quarter end is
 * written once. The consumption log runs the handler once per event, and the unique key on
 * (round, revision) keeps a second event for the same revision from writing anything.
 */
@Injectable()
export class SnapshotOfficialListHandler {
  constructor(
    private readonly consortia: ConsortiumLookup,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  @OnEvent({ type: ROUND_PUBLISHED, queue: 'evaluation', consumer: 'registry.official-list-snapshot' })
  async snapshot(event: EventEnvelope, { manager }: EventHandlerContext): Promise<void> {
    const round = { id: String(event.payload.id), code: String(event.payload.code), revision: Number(event.payload.revision) };
    const taken = await takeSnapshot(manager, this.consortia, round);
    if (!taken) return;
    const payload = { id: taken.id, roundId: taken.roundId, roundCode: taken.roundCode, revision: taken.revision, asOf: taken.asOf, count: taken.count };
    await this.outbox.publish(manager, { type: OFFICIAL_LIST_SNAPSHOTTED, aggregateType: 'official-list-snapshot', aggregateId: taken.id, payload });
    await this.audit.record(manager, {
      action: 'registry.official-list.snapshot',
      entityType: 'official-list-snapshot',
      entityId: taken.id,
      before: null,
      after: payload,
      actor: { type: 'system', id: `official-list-snapshot:${round.id}:${round.revision}`, name: 'official list snapshot' },
    });
  }
}
