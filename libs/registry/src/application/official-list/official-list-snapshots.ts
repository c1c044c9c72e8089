import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '#platform';
import type { ConsortiumStatus, Level, Tier } from '../../domain/consortium.js';
import { quarterBounds } from '../../domain/quarter.js';
import { OfficialListSnapshotEntity, OfficialListSnapshotEntryEntity } from '../../persistence/official-list-snapshot.entity.js';
import type { ConsortiumLookup } from '../consortium/consortium-lookup.js';

export interface SnapshotSummary {
  id: string;
  roundId: string;
  roundCode: string;
  revision: number;
  asOf: string;
  count: number;
  takenAt: Date;
}

export interface SnapshotEntry {
  consortiumId: string;
  name: string;
  tier: Tier;
  level: Level;
  status: ConsortiumStatus;
  districtCodes: string[];
}

export interface Snapshot extends SnapshotSummary {
  items: SnapshotEntry[];
}

const summary = (s: OfficialListSnapshotEntity): SnapshotSummary => ({
  id: s.id,
  roundId: s.roundId,
  roundCode: s.roundCode,
  revision: s.revision,
  asOf: s.asOf,
  count: s.consortiumCount,
  takenAt: s.takenAt,
});

/**
 * Writes the snapshot of the official list for one published revision of a round: the list as of
 * the round's quarter end (the round code is the quarter, so the registry needs nothing of the
 * evaluation context but the event). Returns null when that revision has its snapshot already.
 */
export async function takeSnapshot(
  manager: EntityManager,
  lookup: ConsortiumLookup,
  round: { id: string; code: string; revision: number },
): Promise<SnapshotSummary | null> {
  const bounds = quarterBounds(round.code);
  if (!bounds) throw new Error(`round ${round.id} has no quarter code: "${round.code}"`);
  const listed = await lookup.listedOn(bounds.end, manager);
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO official_list_snapshot (round_id, round_code, revision, as_of, consortium_count) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (round_id, revision) DO NOTHING RETURNING id`,
    [round.id, round.code, round.revision, bounds.end, listed.length],
  );
  if (inserted.length === 0) return null;
  const snapshotId = inserted[0].id;
  if (listed.length) {
    await manager.insert(
      OfficialListSnapshotEntryEntity,
      listed.map((c) => ({ snapshotId, consortiumId: c.id, name: c.name, tier: c.tier, level: c.level, status: c.status, districtCodes: c.districtCodes })),
    );
  }
  return summary((await manager.findOne(OfficialListSnapshotEntity, { where: { id: snapshotId } }))!);
}

/** The snapshots of the official list, one per published round revision (public). */
@Injectable()
export class OfficialListSnapshotsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every snapshot, newest quarter first, revisions descending. */
  async list(): Promise<SnapshotSummary[]> {
    const rows = await this.dataSource.getRepository(OfficialListSnapshotEntity).find({ order: { roundCode: 'DESC', revision: 'DESC' } });
    return rows.map(summary);
  }

  /** A round's snapshot: its latest published revision's, or the given revision's; entries by tier, then name. */
  async get(roundCode: string, revision?: number): Promise<Snapshot> {
    const found = await this.dataSource
      .getRepository(OfficialListSnapshotEntity)
      .findOne({ where: revision === undefined ? { roundCode } : { roundCode, revision }, order: { revision: 'DESC' } });
    if (!found) {
      throw new DomainError(
        'NOT_FOUND',
        'SNAPSHOT_NOT_FOUND',
        revision === undefined ? `No snapshot of the list for round ${roundCode}` : `No snapshot for round ${roundCode}, revision ${revision}`,
      );
    }
    // Ordered as the as-of list (`OfficialListQuery`): by tier, then by name in the database's collation.
    const items: SnapshotEntry[] = await this.dataSource.query(
      `SELECT consortium_id AS "consortiumId", name, tier, level, status, district_codes AS "districtCodes"
         FROM official_list_snapshot_entry WHERE snapshot_id = $1
        ORDER BY array_position(ARRAY['NATIONAL','MUNICIPAL','PARK_LED','INDUSTRY_LED','SCHOOL_LED'], tier), name, consortium_id`,
      [found.id],
    );
    return { ...summary(found), items };
  }
}
