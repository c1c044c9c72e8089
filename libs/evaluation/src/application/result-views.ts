import type { EntityManager } from 'typeorm';
import { displayPercent, displayScore, roundHalfAwayFromZero } from '../domain/display.js';
import type { SchemeDefinition } from '../domain/scheme.js';

/*
 * What the API shows of a round's results: names beside ids, scores on 0–100 (the stored values
 * and the digest keep full precision; `…Raw` fields carry the unrounded 0–1 value), and an
 * explanation a consortium can act on. Read in one query per answer, names joined in.
 */

/** A stored result row with the consortium's name and its result in the previous round, as one query reads them. */
export interface ResultRow {
  consortium_id: string;
  consortium_name: string | null;
  level: string;
  status: string;
  level_score: number;
  improvement: number;
  total: number;
  rank: number;
  grade: string;
  median_rank: number;
  rank_low: number;
  rank_high: number;
  explanation: StoredExplanation;
  previous_round_id: string | null;
  previous_round_code: string | null;
  previous_level: string | null;
  previous_status: string | null;
  previous_total: number | null;
  previous_rank: number | null;
}

/** The explanation column as scoring writes it; results scored before a part was kept lack it. */
export interface StoredExplanation {
  dimensionScores: Record<string, number>;
  contributions: Record<string, number>;
  gaps: { code: string; gap: number }[];
  weighting?: string;
  weights?: Record<string, number>;
  declaredWeights?: Record<string, number>;
  normalized?: Record<string, number | null>;
  values?: Record<string, number | boolean | string>;
  targets?: Record<string, number | null>;
  rankProbabilities?: number[];
}

/**
 * The results of one revision, by level and rank, with each consortium's name and its result in
 * the previous round: the latest earlier round (by quarter) with a finished scoring, its latest
 * finished revision — the round improvement is counted against.
 */
export async function readResultRows(manager: EntityManager, roundId: string, revision: number): Promise<ResultRow[]> {
  return manager.query(
    `WITH this AS (SELECT period_start FROM evaluation_round WHERE id = $1),
          prior_round AS (
            SELECT r.id, r.code, max(s.revision) AS revision
              FROM evaluation_round r JOIN round_scoring s ON s.round_id = r.id AND s.status = 'DONE'
             WHERE r.period_end < (SELECT period_start FROM this)
             GROUP BY r.id, r.code, r.period_end
             ORDER BY r.period_end DESC LIMIT 1)
     SELECT rr.consortium_id, c.name AS consortium_name, rr.level, rr.status, rr.level_score, rr.improvement, rr.total, rr.rank, rr.grade,
            rr.median_rank, rr.rank_low, rr.rank_high, rr.explanation,
            p.id AS previous_round_id, p.code AS previous_round_code, pr.level AS previous_level, pr.status AS previous_status,
            pr.total AS previous_total, pr.rank AS previous_rank
       FROM round_result rr
       LEFT JOIN consortium c ON c.id = rr.consortium_id
       LEFT JOIN prior_round p ON true
       LEFT JOIN round_result pr ON pr.round_id = p.id AND pr.revision = p.revision AND pr.consortium_id = rr.consortium_id
      WHERE rr.round_id = $1 AND rr.revision = $2
      ORDER BY rr.level, rr.rank, c.name, rr.consortium_id`,
    [roundId, revision],
  );
}

export interface IndicatorExplanation {
  code: string;
  name: string;
  unit: string;
  dimension: string;
  dimensionName: string;
  direction: 'benefit' | 'cost';
  value: number | boolean | string | null;
  target: number | null;
  achievementPercent: number | null;
  shortOfTarget: number | null;
  normalized: number | null;
  weightUsed: number | null;
  weightDeclared: number | null;
  contribution: number;
  contributionRaw: number;
  gap: number | null;
  gapRaw: number | null;
}

export interface ExplanationView {
  weighting: string | null;
  previous: {
    roundId: string;
    roundCode: string;
    level: string;
    status: string;
    total: number;
    totalRaw: number;
    rank: number;
    totalChange: number;
    rankChange: number | null;
  } | null;
  dimensions: { code: string; name: string; score: number; scoreRaw: number }[];
  indicators: IndicatorExplanation[];
  largestGaps: { code: string; name: string; gap: number; gapRaw: number }[];
  rankProbabilities: { rank: number; percent: number }[] | null;
}

/** The best normalized value of each indicator among the scored consortia of a level: what a gap is measured to. */
export function bestNormalized(rows: readonly ResultRow[]): Map<string, Map<string, number>> {
  const best = new Map<string, Map<string, number>>();
  for (const row of rows) {
    if (row.status !== 'SCORED' || !row.explanation.normalized) continue;
    const level = best.get(row.level) ?? new Map<string, number>();
    for (const [code, n] of Object.entries(row.explanation.normalized)) level.set(code, Math.max(level.get(code) ?? 0, n ?? 0));
    best.set(row.level, level);
  }
  return best;
}

/** How much more (benefit) or less (cost) of an indicator reaches its target, in its own unit; 0 once reached. */
function shortOf(value: number, target: number, direction: 'benefit' | 'cost'): number {
  return roundHalfAwayFromZero(Math.max(0, direction === 'benefit' ? target - value : value - target));
}

/** Achievement as a percentage of the target (target/value for a cost indicator), null when it means nothing. */
function achievement(value: number, target: number, direction: 'benefit' | 'cost'): number | null {
  if (target <= 0) return null;
  if (direction === 'benefit') return roundHalfAwayFromZero((100 * value) / target);
  return value > 0 ? roundHalfAwayFromZero((100 * target) / value) : null;
}

/**
 * The explanation of one result: its change against the previous round, per indicator the value
 * answered against its target, the normalized value, the weight used (entropy or combined weights
 * included) against the declared one, the contribution and the points lost to the level's best,
 * per dimension its score, and the share of the Monte Carlo draws that gave each rank.
 * Score changes are the difference of the shown scores, so the numbers a reader sees add up.
 */
export function explain(row: ResultRow, definition: SchemeDefinition, best: Map<string, number> | undefined): ExplanationView {
  const e = row.explanation;
  const dimensionName = new Map(definition.dimensions.map((d) => [d.code, d.name]));
  const indicatorOf = new Map(definition.indicators.map((i) => [i.code, i]));
  // jsonb keeps keys in its own order: indicators and dimensions follow the scheme's.
  const scored = e.weights ?? e.contributions;
  const indicators = definition.indicators.flatMap((ind): IndicatorExplanation[] => {
    const code = ind.code;
    if (!(code in scored)) return [];
    const raw = e.values?.[code];
    const value = raw === undefined ? null : raw;
    const target = e.targets?.[code] ?? null;
    const numeric = typeof value === 'number' ? value : null;
    const contributionRaw = e.contributions[code] ?? 0;
    const own = e.normalized?.[code] ?? null;
    const weight = e.weights?.[code];
    const gapRaw = weight !== undefined && best && row.status === 'SCORED' ? Math.max(0, weight * ((best.get(code) ?? 0) - (own ?? 0))) : null;
    return [
      {
        code,
        name: ind.name,
        unit: ind.unit,
        dimension: ind.dimension,
        dimensionName: dimensionName.get(ind.dimension) ?? ind.dimension,
        direction: ind.direction,
        value,
        target,
        achievementPercent: numeric !== null && target !== null ? achievement(numeric, target, ind.direction) : null,
        shortOfTarget: numeric !== null && target !== null ? shortOf(numeric, target, ind.direction) : null,
        normalized: own === null ? null : displayScore(own),
        weightUsed: weight === undefined ? null : displayPercent(weight),
        weightDeclared: e.declaredWeights?.[code] === undefined ? null : displayPercent(e.declaredWeights[code]),
        contribution: displayScore(contributionRaw),
        contributionRaw,
        gap: gapRaw === null ? null : displayScore(gapRaw),
        gapRaw,
      },
    ];
  });
  const previous =
    row.previous_round_id !== null && row.previous_total !== null && row.previous_rank !== null
      ? {
          roundId: row.previous_round_id,
          roundCode: row.previous_round_code!,
          level: row.previous_level!,
          status: row.previous_status!,
          total: displayScore(row.previous_total),
          totalRaw: row.previous_total,
          rank: row.previous_rank,
          totalChange: roundHalfAwayFromZero(displayScore(row.total) - displayScore(row.previous_total)),
          // Up is positive (from 5th to 3rd: +2); across levels ranks do not compare.
          rankChange: row.previous_level === row.level ? row.previous_rank - row.rank : null,
        }
      : null;
  return {
    weighting: e.weighting ?? null,
    previous,
    dimensions: definition.dimensions.flatMap((d) => {
      const score = e.dimensionScores[d.code];
      return score === undefined ? [] : [{ code: d.code, name: d.name, score: displayScore(score), scoreRaw: score }];
    }),
    indicators,
    largestGaps: e.gaps.map((g) => ({ code: g.code, name: indicatorOf.get(g.code)?.name ?? g.code, gap: displayScore(g.gap), gapRaw: g.gap })),
    rankProbabilities: e.rankProbabilities ? e.rankProbabilities.flatMap((p, k) => (p > 0 ? [{ rank: k + 1, percent: displayPercent(p) }] : [])) : null,
  };
}
