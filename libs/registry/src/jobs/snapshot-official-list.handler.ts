import { Injectable } from '@nestjs/common';
import { AuditRecorder, type EventHandlerContext, type EventOf, OnEvent, OutboxPublisher } from '#platform';
import { OfficialListSnapshotted, RegistryJobs } from '../contracts/index.js';
import { ConsortiumLookup } from '../application/consortium/consortium-lookup.js';
import { takeSnapshot } from '../application/official-list/official-list-snapshots.js';

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

  @OnEvent(RegistryJobs.snapshotOfficialList)
  async snapshot(event: EventOf<typeof RegistryJobs.snapshotOfficialList>, { manager }: EventHandlerContext): Promise<void> {
    const round = { id: event.payload.id, code: event.payload.code, revision: event.payload.revision };
    const taken = await takeSnapshot(manager, this.consortia, round);
    if (!taken) return;
    const payload = { id: taken.id, roundId: taken.roundId, roundCode: taken.roundCode, revision: taken.revision, asOf: taken.asOf, count: taken.count };
    await this.outbox.publish(manager, OfficialListSnapshotted.of(taken.id, payload));
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
