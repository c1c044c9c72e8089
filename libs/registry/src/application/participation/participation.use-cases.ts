import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, AuditRecorder, OutboxPublisher } from '#platform';
import { todayInShanghai } from '../../domain/dates.js';
import { type MemberParticipation, ParticipationErrors, type ParticipationFact, type ParticipationSource } from '../../domain/participation.js';
import { quarterBounds, quarterOfDate } from '../../domain/quarter.js';
import { loadConsortiumExists } from '../consortium/consortia.use-cases.js';
import { ParticipationRecorded } from '../../contracts/index.js';

export interface ParticipationView extends ParticipationFact {
  id: string;
  organizationName: string;
  recordedAt: Date;
  recordedBy: string;
}

interface FactRow {
  id: string;
  consortium_id: string;
  organization_id: string;
  organization_name: string;
  quarter: string;
  source: ParticipationSource;
  ref: string;
  recorded_at: Date;
  recorded_by: string;
}

const toView = (r: FactRow): ParticipationView => ({
  id: r.id,
  consortiumId: r.consortium_id,
  organizationId: r.organization_id,
  organizationName: r.organization_name,
  quarter: r.quarter,
  source: r.source,
  ref: r.ref,
  recordedAt: r.recorded_at,
  recordedBy: r.recorded_by,
});

export const actorLabel = (actor: Actor | undefined): string => (!actor || actor.type === 'anonymous' ? 'anonymous' : `${actor.type}:${actor.id}`);

/**
 * Records participation facts inside the caller's transaction — the registry's door for other
 * contexts (best-practice cases record their participants through it). Every fact is checked
 * first: a well-formed quarter, and the organization a member of the consortium on at least one
 * day of that quarter; the first failure throws (422, `field(i)` naming the offending input) and
 * nothing is written. Facts recorded already are skipped; the new ones are returned, each with
 * its `registry.participation.recorded` event. Audit rows are the caller's: one per request.
 */
@Injectable()
export class ParticipationRecorder {
  constructor(private readonly outbox: OutboxPublisher) {}

  async record(
    manager: EntityManager,
    facts: readonly ParticipationFact[],
    recordedBy: string,
    field: (index: number) => string = (i) => `[${i}].organizationId`,
  ): Promise<ParticipationView[]> {
    if (facts.length === 0) return [];
    const bounds = facts.map((f) => {
      const b = quarterBounds(f.quarter);
      if (!b) throw ParticipationErrors.invalidQuarter('quarter');
      return b;
    });
    const outside: { i: number }[] = await manager.query(
      `SELECT f.i::int AS i FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::date[]) WITH ORDINALITY AS f(c, o, s, e, i)
        WHERE NOT EXISTS (SELECT 1 FROM membership m
                           WHERE m.consortium_id = f.c AND m.organization_id = f.o
                             AND daterange(m.valid_from, m.valid_to) && daterange(f.s, f.e, '[]'))
        ORDER BY f.i LIMIT 1`,
      [facts.map((f) => f.consortiumId), facts.map((f) => f.organizationId), bounds.map((b) => b.start), bounds.map((b) => b.end)],
    );
    if (outside.length) {
      const i = outside[0].i - 1;
      throw ParticipationErrors.notAMember(field(i), facts[i].quarter);
    }
    const inserted: FactRow[] = await manager.query(
      `WITH added AS (
         INSERT INTO participation_fact (consortium_id, organization_id, quarter, source, ref, recorded_by)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[])
         ON CONFLICT ON CONSTRAINT uq_participation_fact DO NOTHING RETURNING *)
       SELECT a.*, o.name AS organization_name FROM added a JOIN organization o ON o.id = a.organization_id
        ORDER BY a.quarter, a.organization_id, a.source, a.ref`,
      [
        facts.map((f) => f.consortiumId),
        facts.map((f) => f.organizationId),
        facts.map((f) => f.quarter),
        facts.map((f) => f.source),
        facts.map((f) => f.ref),
        facts.map(() => recordedBy),
      ],
    );
    const views = inserted.map(toView);
    for (const v of views) {
      await this.outbox.publish(
        manager,
        ParticipationRecorded.of(v.consortiumId, {
          id: v.id,
          consortiumId: v.consortiumId,
          organizationId: v.organizationId,
          quarter: v.quarter,
          source: v.source,
          ref: v.ref,
        }),
      );
    }
    return views;
  }
}

export interface RecordParticipationCommand {
  organizationId: string;
  quarter: string;
  source: ParticipationSource;
  ref: string;
}

/** A secretariat (or the task force) records that a member unit took part in a quarter. */
@Injectable()
export class RecordParticipationUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly recorder: ParticipationRecorder,
    private readonly audit: AuditRecorder,
  ) {}

  execute(consortiumId: string, command: RecordParticipationCommand, actor: Actor): Promise<ParticipationView> {
    return this.dataSource.transaction(async (manager) => {
      await loadConsortiumExists(manager, consortiumId);
      const current = quarterOfDate(todayInShanghai());
      if (command.quarter > current) throw ParticipationErrors.futureQuarter(command.quarter, current);
      const [recorded] = await this.recorder.record(manager, [{ consortiumId, ...command }], actorLabel(actor), () => 'organizationId');
      if (!recorded) throw ParticipationErrors.duplicate();
      await this.audit.record(manager, {
        action: 'registry.participation.record',
        entityType: 'participation-fact',
        entityId: recorded.id,
        before: null,
        after: { consortiumId, organizationId: recorded.organizationId, quarter: recorded.quarter, source: recorded.source, ref: recorded.ref },
      });
      return recorded;
    });
  }
}

/** A consortium's participation facts, optionally of one quarter; newest quarter first, then by member name. */
@Injectable()
export class ListParticipationQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(consortiumId: string, quarter?: string): Promise<ParticipationView[]> {
    await loadConsortiumExists(this.dataSource.manager, consortiumId);
    const rows: FactRow[] = await this.dataSource.query(
      `SELECT f.*, o.name AS organization_name FROM participation_fact f JOIN organization o ON o.id = f.organization_id
        WHERE f.consortium_id = $1 ${quarter ? 'AND f.quarter = $2' : ''}
        ORDER BY f.quarter DESC, o.name, f.organization_id, f.source, f.ref`,
      quarter ? [consortiumId, quarter] : [consortiumId],
    );
    return rows.map(toView);
  }
}

/**
 * What other contexts may ask about participation (rule 7 of DESIGN §4): for each member unit of a
 * consortium on `asOf` (YYYY-MM-DD), when its unbroken membership began and the latest quarter, up
 * to `asOf`'s quarter, with a recorded participation. Ordered by member name. Inside a transaction
 * when given its manager. `idleQuarters` turns an entry into the number of quarters without one.
 */
@Injectable()
export class ParticipationLookup {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async lastQuarterByMember(consortiumId: string, asOf: string, manager: EntityManager = this.dataSource.manager): Promise<MemberParticipation[]> {
    const rows: { organization_id: string; organization_name: string; member_since: string; last_quarter: string | null }[] = await manager.query(
      `WITH RECURSIVE stretch AS (
         SELECT m.organization_id, m.valid_from, m.previous_id FROM membership m
          WHERE m.consortium_id = $1 AND daterange(m.valid_from, m.valid_to) @> $2::date
         UNION ALL
         SELECT s.organization_id, p.valid_from, p.previous_id FROM stretch s
           JOIN membership p ON p.id = s.previous_id AND p.valid_to = s.valid_from)
       SELECT s.organization_id, o.name AS organization_name, to_char(min(s.valid_from), 'YYYY-MM-DD') AS member_since,
              (SELECT max(f.quarter) FROM participation_fact f
                WHERE f.consortium_id = $1 AND f.organization_id = s.organization_id AND f.quarter <= $3) AS last_quarter
         FROM stretch s JOIN organization o ON o.id = s.organization_id
        GROUP BY s.organization_id, o.name
        ORDER BY o.name, s.organization_id`,
      [consortiumId, asOf, quarterOfDate(asOf)],
    );
    return rows.map((r) => ({
      organizationId: r.organization_id,
      organizationName: r.organization_name,
      memberSince: r.member_since,
      lastQuarter: r.last_quarter,
    }));
  }
}
