import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Answers } from '../domain/answer-sheet.js';
import { type GroupIndicator, type GroupMember, type MemberResult, scoreGroup } from '../domain/group-scoring.js';
import { LEVELS, type Level, type SchemeDefinition } from '../domain/scheme.js';
import { describeGroupFailure } from '../domain/scoring-failure.js';
import { AnswerSheetEntity, type RoundEntity, SchemeEntity, TargetOverrideEntity } from '../persistence/evaluation.entities.js';

/** Monte Carlo rank intervals: weights perturbed ±20 %, 500 draws, seeded by the round so a re-score of unchanged data is identical. */
const MC = { draws: 500, noise: 0.2 };

/** A consortium on the official list at the quarter's end, with its level then. */
export interface ListedConsortium {
  id: string;
  level: Level;
  /** For the reason of a failed scoring (the id stands in without it). */
  name?: string;
}

/** Everything a round's scoring reads, as plain data: what `scoreRound` turns into results. */
export interface RoundScoringInput {
  roundId: string;
  /** The Monte Carlo seed (`roundSeed` of the round's id). */
  seed: number;
  scheme: SchemeDefinition;
  listed: readonly ListedConsortium[];
  /** The SUBMITTED or ACCEPTED sheets' answers, by consortium. */
  answered: ReadonlyMap<string, Answers>;
  overrides: readonly { consortiumId: string; indicatorCode: string; target: number }[];
  /** Level scores of the latest earlier round with a finished scoring, by consortium. */
  previous: ReadonlyMap<string, { level: string; levelScore: number }>;
}

/** The round's Monte Carlo seed: the first 32 bits of SHA-256 of its id, so a re-score draws the same weights. */
export const roundSeed = (roundId: string): number => parseInt(createHash('sha256').update(roundId).digest('hex').slice(0, 8), 16);

/** Reads what scoring a round needs, through `manager` (the job's transaction). */
export async function loadRoundScoringInput(manager: EntityManager, round: RoundEntity, listed: readonly ListedConsortium[]): Promise<RoundScoringInput> {
  const roundId = round.id;
  const scheme = (await manager.findOne(SchemeEntity, { where: { id: round.schemeId } }))!;
  const sheets = await manager.find(AnswerSheetEntity, { where: { roundId } });
  const answered = new Map(sheets.filter((s) => s.status === 'SUBMITTED' || s.status === 'ACCEPTED').map((s) => [s.consortiumId, s.answers]));
  const overrides = await manager.find(TargetOverrideEntity, { where: { roundId } });
  const previous = await previousScores(manager, round);
  return { roundId, seed: roundSeed(roundId), scheme: scheme.definition, listed, answered, overrides, previous };
}

export type RoundResultRow = ReturnType<typeof scoreRound>['rows'][number];

/**
 * The results of one revision of a round: every listed consortium takes part in its level's
 * group; one without a SUBMITTED or ACCEPTED sheet is ranked last as NOT_SUBMITTED. Targets are
 * the paper's (scheme target or override); improvement compares with the consortium's level score
 * in the latest earlier scored round, when it was at the same level (β is 0 for a group where
 * nobody has one). Pure: returns the rows to insert and their digest. Data the engine refuses
 * throws a `RoundScoringError` naming level, consortium and indicator.
 */
export function scoreRound(input: RoundScoringInput, revision: number) {
  const { roundId, seed, scheme, listed, answered, overrides, previous } = input;
  const dimensionWeight = new Map(scheme.dimensions.map((d) => [d.code, d.weight]));
  const results: { level: Level; result: MemberResult }[] = [];
  // What each consortium answered and was measured against, kept with its explanation: the sheet may be corrected later.
  const inputs = new Map<string, { values: Record<string, unknown>; targets: Record<string, number | null> }>();
  for (const level of LEVELS) {
    const group = listed.filter((c) => c.level === level);
    if (group.length === 0) continue;
    const applying = scheme.indicators.filter((ind) => ind.levels[level]);
    // EXPERT weight = dimension weight × indicator weight (DESIGN §3); the group rescales it.
    const indicators: GroupIndicator[] = applying.map((ind) => ({
      code: ind.code,
      dimension: ind.dimension,
      direction: ind.direction,
      normalization: ind.normalization,
      expertWeight: dimensionWeight.get(ind.dimension)! * ind.weight,
      // Entropy counts a value from the lowest one the range allows, when that is negative (README).
      entropyOrigin: ind.valueType === 'BOOLEAN' || ind.valueType === 'GRADE' ? 0 : Math.min(0, ind.range.min),
    }));
    const members: GroupMember[] = group.map((c) => {
      const own = new Map(overrides.filter((o) => o.consortiumId === c.id).map((o) => [o.indicatorCode, o.target]));
      const prior = previous.get(c.id);
      return {
        consortiumId: c.id,
        submitted: answered.has(c.id),
        answers: answered.get(c.id) ?? {},
        targets: Object.fromEntries(applying.map((ind) => [ind.code, own.get(ind.code) ?? ind.levels[level]?.target ?? null])),
        previousLevelScore: prior && prior.level === level ? prior.levelScore : null,
      };
    });
    const beta = members.some((m) => m.previousLevelScore !== null) ? scheme.settings.beta : 0;
    let scored: MemberResult[];
    try {
      scored = scoreGroup(indicators, members, { ...scheme.settings, beta, mc: { ...MC, seed } });
    } catch (error) {
      const submitted = group.filter((c) => answered.has(c.id)).map((c) => ({ id: c.id, name: c.name ?? c.id }));
      throw describeGroupFailure(error, level, applying, submitted);
    }
    for (const result of scored) results.push({ level, result });
    for (const m of members) {
      inputs.set(m.consortiumId, {
        values: Object.fromEntries(applying.filter((ind) => ind.code in m.answers).map((ind) => [ind.code, m.answers[ind.code]])),
        targets: m.targets,
      });
    }
  }

  const rows = results.map(({ level, result: r }) => ({
    roundId,
    revision,
    consortiumId: r.consortiumId,
    level,
    status: r.status,
    levelScore: r.levelScore,
    improvement: r.improvement,
    total: r.total,
    rank: r.rank,
    grade: r.grade,
    medianRank: r.medianRank,
    rankLow: r.rankInterval[0],
    rankHigh: r.rankInterval[1],
    explanation: {
      dimensionScores: r.dimensionScores,
      contributions: r.contributions,
      gaps: r.gaps,
      weighting: scheme.settings.weighting,
      weights: r.weights,
      declaredWeights: r.declaredWeights,
      normalized: r.normalized,
      ...inputs.get(r.consortiumId)!,
      rankProbabilities: r.rankProbabilities,
    },
  }));
  return { rows, digest: resultsDigest(results) };
}

/**
 * The results of one revision of a round, computed from what `manager` sees (`loadRoundScoringInput`
 * then `scoreRound`), with how long loading and scoring took; writes nothing.
 */
export async function computeRoundResults(manager: EntityManager, round: RoundEntity, revision: number, listed: readonly ListedConsortium[]) {
  const started = performance.now();
  const input = await loadRoundScoringInput(manager, round, listed);
  const loaded = performance.now();
  const { rows, digest } = scoreRound(input, revision);
  return { rows, digest, loadMs: loaded - started, scoreMs: performance.now() - loaded };
}

/** Level scores of the latest earlier round that has a finished scoring, from its latest revision. */
async function previousScores(manager: EntityManager, round: RoundEntity): Promise<Map<string, { level: string; levelScore: number }>> {
  const rows: { consortium_id: string; level: string; level_score: number }[] = await manager.query(
    `WITH prior AS (
       SELECT s.round_id, max(s.revision) AS revision FROM round_scoring s JOIN evaluation_round r ON r.id = s.round_id
        WHERE s.status = 'DONE' AND r.period_end < $1::date
          AND r.period_end = (SELECT max(r2.period_end) FROM evaluation_round r2 JOIN round_scoring s2 ON s2.round_id = r2.id AND s2.status = 'DONE' WHERE r2.period_end < $1::date)
        GROUP BY s.round_id)
     SELECT rr.consortium_id, rr.level, rr.level_score FROM round_result rr JOIN prior p ON p.round_id = rr.round_id AND p.revision = rr.revision
      WHERE rr.status = 'SCORED'`,
    [round.periodStart],
  );
  return new Map(rows.map((r) => [r.consortium_id, { level: r.level, levelScore: r.level_score }]));
}

/** SHA-256 over the results in consortium order, scores to 6 decimals: equal data, equal digest. */
export function resultsDigest(results: { level: string; result: MemberResult }[]): string {
  const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
  const canonical = [...results]
    .sort((a, b) => a.result.consortiumId.localeCompare(b.result.consortiumId))
    .map(({ level, result: r }) => [
      r.consortiumId,
      level,
      r.status,
      round6(r.levelScore),
      round6(r.improvement),
      round6(r.total),
      r.rank,
      r.grade,
      r.medianRank,
      r.rankInterval,
    ]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
