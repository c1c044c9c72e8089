import type { EntityManager } from 'typeorm';

/** One consortium's place in one published round (its latest published revision). */
export interface PublishedStanding {
  round: string;
  periodEnd: string;
  consortiumId: string;
  level: string;
  rank: number;
  groupSize: number;
  grade: string;
  status: string;
}

/**
 * Every published round up to and including `roundCode` (by quarter end), oldest first, each
 * from its latest published revision, with the size of each level group. What the adjustment
 * rules read; published results never change, so the answer for a round is stable.
 */
export async function publishedStandingsUpTo(manager: EntityManager, roundCode: string): Promise<PublishedStanding[]> {
  const rows: { round: string; period_end: string; consortium_id: string; level: string; rank: number; group_size: number; grade: string; status: string }[] =
    await manager.query(
      `WITH published AS (
       SELECT r.id, r.code, r.period_end, max(s.revision) AS revision
         FROM evaluation_round r JOIN round_scoring s ON s.round_id = r.id AND s.published_at IS NOT NULL
        WHERE r.period_end <= (SELECT period_end FROM evaluation_round WHERE code = $1)
        GROUP BY r.id, r.code, r.period_end)
     SELECT p.code AS round, p.period_end::text, x.consortium_id, x.level, x.rank, x.grade, x.status,
            count(*) OVER (PARTITION BY p.id, x.level)::int AS group_size
       FROM published p JOIN round_result x ON x.round_id = p.id AND x.revision = p.revision
      ORDER BY p.period_end, x.level, x.rank`,
      [roundCode],
    );
  return rows.map((r) => ({
    round: r.round,
    periodEnd: r.period_end,
    consortiumId: r.consortium_id,
    level: r.level,
    rank: r.rank,
    groupSize: r.group_size,
    grade: r.grade,
    status: r.status,
  }));
}

/** The quarter end of a round, or null when there is no such round. */
export async function roundPeriodEnd(manager: EntityManager, roundCode: string): Promise<string | null> {
  const rows: { period_end: string }[] = await manager.query(`SELECT period_end::text FROM evaluation_round WHERE code = $1`, [roundCode]);
  return rows[0]?.period_end ?? null;
}

/** The latest published revision of a year's annual competition: rank and grade per consortium and level. */
export async function publishedAnnualStandings(
  manager: EntityManager,
  year: number,
): Promise<{ consortiumId: string; level: string; rank: number; groupSize: number; grade: string }[]> {
  const rows: { consortium_id: string; level: string; rank: number; grade: string; group_size: number }[] = await manager.query(
    `WITH published AS (SELECT max(revision) AS revision FROM annual_scoring WHERE year = $1 AND published_at IS NOT NULL)
     SELECT a.consortium_id, a.level, a.rank, a.grade, count(*) OVER (PARTITION BY a.level)::int AS group_size
       FROM annual_result a JOIN published p ON p.revision = a.revision
      WHERE a.year = $1 ORDER BY a.level, a.rank`,
    [year],
  );
  return rows.map((r) => ({ consortiumId: r.consortium_id, level: r.level, rank: r.rank, groupSize: r.group_size, grade: r.grade }));
}
