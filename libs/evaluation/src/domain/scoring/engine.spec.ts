import fc from 'fast-check';
import { topsis } from './aggregate.js';
import { type EngineCriterion, type EngineProblem, type EngineResult, MIN_RELATIVE_GROUP, scoreAlternatives } from './engine.js';
import { normalizeCriterion } from './normalize.js';
import { mulberry32 } from './random.js';
import { isTie } from './rank.js';
import type { CriterionNormalization, MonteCarloResult } from './types.js';
import { entropyWeights, rescaleWeights } from './weights.js';

/**
 * The engine written the plain way, one step after another on arrays of arrays: the column
 * normalization and the entropy weights (which have their own specs), then the weighted sum over
 * the answered criteria, totals, ranks by a comparison sort and, per Monte Carlo draw, the same
 * again with a full rank histogram. The engine's fast paths (typed matrices, bucket-sorted ranks,
 * several draws per pass, reused buffers) must give exactly these bits.
 */
function reference(problem: EngineProblem): EngineResult {
  const { criteria } = problem;
  const m = problem.matrix.length;
  const columns = criteria.length;
  const raw = problem.matrix.map((row) => row.slice());
  if (problem.missing === 'group-minimum') {
    for (let j = 0; j < columns; j++) {
      const present = raw.map((r) => r[j]!).filter((x): x is number => x !== null);
      const min = present.length ? Math.min(...present) : 0;
      for (const r of raw) r[j] = r[j] ?? min;
    }
  }
  const normalized: (number | null)[][] = raw.map(() => new Array<number | null>(columns));
  criteria.forEach((c, j) => {
    const column = normalizeCriterion(
      c.direction,
      c.normalization,
      raw.map((r) => r[j]!),
      problem.targets?.map((t) => t[j] ?? null),
      problem.cap,
    );
    column.forEach((v, i) => (normalized[i][j] = v));
  });
  const declaredWeights = criteria.every((c) => c.weight !== undefined) ? rescaleWeights(criteria.map((c) => c.weight!)) : null;
  const given = () => declaredWeights ?? rescaleWeights(criteria.map((c) => c.weight ?? 0));
  const entropy = () => {
    const fill = criteria.map((_, j) => raw.reduce((min, r) => (r[j] === null ? min : Math.min(min, r[j])), 0));
    return entropyWeights(raw.map((r) => r.map((v, j) => (v ?? fill[j]) - (criteria[j].entropyOrigin ?? 0))));
  };
  let weights: number[];
  if (problem.weighting === 'given' || m === 0) weights = given();
  else if (problem.weighting === 'entropy') weights = entropy();
  else {
    const alpha = problem.alpha ?? 0.5;
    const g = given();
    weights = rescaleWeights(entropy().map((e, j) => alpha * g[j] + (1 - alpha) * e));
  }
  const previous = problem.previous ?? raw.map(() => null);
  const beta = problem.beta ?? 0;
  const fill = criteria.map((_, j) => normalized.reduce((min, r) => (r[j] === null ? min : Math.min(min, r[j])), 0));
  const full = normalized.map((r) => r.map((v, j) => v ?? fill[j]));
  const directions = criteria.map((c) =>
    problem.vectorCostIdealIsMin && c.normalization === 'vector' && c.direction === 'cost' ? ('cost' as const) : ('benefit' as const),
  );
  const scoresOf = (w: number[]): number[] => {
    if (m === 0) return [];
    if (problem.aggregation === 'topsis') return topsis(full, w, directions, 'vector');
    return normalized.map((row) => {
      let sum = 0;
      let weight = 0;
      row.forEach((v, j) => {
        if (v === null) return;
        sum += w[j] * v;
        weight += w[j];
      });
      return weight > 0 ? sum / weight : 0;
    });
  };
  const totalsOf = (scores: number[]) => {
    const known = scores.map((s, i) => (previous[i] === null ? null : s - previous[i])).filter((d): d is number => d !== null);
    const useBeta = known.length > 0 ? beta : 0;
    const min = Math.min(...known);
    const max = Math.max(...known);
    const improvement = scores.map((s, i) => {
      const p = previous[i]!;
      if (previous[i] === null) return 0;
      if (known.length < MIN_RELATIVE_GROUP) return Math.min(1, Math.max(0, (1 + s - p) / 2));
      return max === min ? 1 : (s - p - min) / (max - min);
    });
    return { improvement, totals: scores.map((s, i) => (1 - useBeta) * s + useBeta * improvement[i]) };
  };
  const scores = scoresOf(weights);
  const { improvement, totals } = totalsOf(scores);
  const result: EngineResult = { weights, declaredWeights, normalized, scores, improvement, totals, ranks: referenceRanks(totals) };
  if (problem.mc !== undefined) {
    const { draws, noise, seed } = problem.mc;
    const random = mulberry32(seed);
    const counts = Array.from({ length: m }, () => new Array<number>(m).fill(0));
    const counted = m > 1 ? draws : 1;
    if (m > 1) {
      for (let d = 0; d < draws; d++) {
        const perturbed = weights.map((w) => Math.max(0, w * (1 + (2 * random() - 1) * noise)));
        const sum = perturbed.reduce((s, w) => s + w, 0);
        const drawn = sum > 0 ? perturbed.map((w) => w / sum) : weights;
        referenceRanks(totalsOf(scoresOf(drawn)).totals).forEach((r, i) => counts[i][r - 1]++);
      }
    } else result.ranks.forEach((r, i) => (counts[i][r - 1] = 1));
    const percentile = (row: number[], p: number) => {
      const k = Math.max(1, Math.ceil((p * counted) / 100));
      let cumulative = 0;
      for (let r = 0; r < row.length; r++) if ((cumulative += row[r]) >= k) return r + 1;
      return row.length;
    };
    const mc: MonteCarloResult = {
      draws,
      medianRank: counts.map((row) => percentile(row, 50)),
      rankInterval: counts.map((row) => [percentile(row, 5), percentile(row, 95)]),
      rankProbabilities: counts.map((row) => row.map((c) => c / counted)),
    };
    result.mc = mc;
  }
  return result;
}

/** Indices sorted by score (descending, then by index), groups against their leader. */
function referenceRanks(scores: number[]): number[] {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  const ranks = new Array<number>(scores.length);
  let leader = 0;
  let groupRank = 1;
  order.forEach((index, position) => {
    if (position === 0 || !isTie(scores[leader], scores[index])) {
      leader = index;
      groupRank = position + 1;
    }
    ranks[index] = groupRank;
  });
  return ranks;
}

const NORMALIZATIONS: CriterionNormalization[] = ['min-max', 'max', 'target', 'grade', 'boolean', 'vector'];

/** A random problem: few distinct values (ties within columns and between totals), missing answers, every option. */
const problemArb: fc.Arbitrary<EngineProblem> = fc
  .record({
    m: fc.integer({ min: 0, max: 40 }),
    criteria: fc.array(
      fc.record({
        direction: fc.constantFrom('benefit' as const, 'cost' as const),
        normalization: fc.constantFrom(...NORMALIZATIONS),
        weight: fc.option(fc.constantFrom(0, 0.5, 1, 2, 3, 0.1 + 0.2), { nil: undefined }),
        entropyOrigin: fc.option(fc.constantFrom(0, -5), { nil: undefined }),
        pool: fc.constantFrom([0, 1], [0, 0.25, 0.5, 0.75, 1], [0, 1, 2, 3, 5, 8, 13], [3, 3.1, 0.1 + 0.2, 0.3, 7.5, 10], [4]),
        missingRate: fc.constantFrom(0, 0, 0.2, 1),
      }),
      { minLength: 1, maxLength: 7 },
    ),
    seed: fc.integer({ min: 0, max: 2 ** 31 }),
    weighting: fc.constantFrom('given' as const, 'entropy' as const, 'combined' as const),
    alpha: fc.option(fc.constantFrom(0, 0.3, 0.5, 1), { nil: undefined }),
    aggregation: fc.constantFrom('weighted-sum' as const, 'weighted-sum' as const, 'topsis' as const),
    missing: fc.option(fc.constantFrom('renormalize' as const, 'group-minimum' as const), { nil: undefined }),
    vectorCostIdealIsMin: fc.boolean(),
    previousRate: fc.constantFrom(0, 0.1, 0.5, 1),
    beta: fc.option(fc.constantFrom(0, 0.2, 0.5), { nil: undefined }),
    mc: fc.option(fc.record({ draws: fc.integer({ min: 1, max: 60 }), noise: fc.constantFrom(0, 0.2, 0.5, 1.5), seed: fc.integer({ min: 0, max: 2 ** 31 }) }), {
      nil: undefined,
    }),
  })
  .map((p) => {
    const random = mulberry32(p.seed);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
    const criteria: EngineCriterion[] = p.criteria.map((c) => ({
      direction: c.direction,
      normalization: c.normalization,
      ...(c.weight !== undefined || p.weighting !== 'entropy' ? { weight: c.weight ?? 1 } : {}),
      ...(c.entropyOrigin !== undefined ? { entropyOrigin: c.entropyOrigin } : {}),
    }));
    if (criteria.every((c) => c.weight === 0)) criteria[0].weight = 1;
    const matrix = Array.from({ length: p.m }, () =>
      p.criteria.map((c) => {
        if (c.missingRate > 0 && random() < c.missingRate) return null;
        return c.normalization === 'grade' || c.normalization === 'boolean' ? pick([0, 0.25, 0.5, 0.75, 1]) : pick(c.pool);
      }),
    );
    const problem: EngineProblem = {
      criteria,
      matrix,
      targets: matrix.map(() => p.criteria.map(() => pick([null, 2, 5, 5, 5]))),
      cap: pick([1, 1.2]),
      weighting: p.weighting,
      aggregation: p.aggregation,
      vectorCostIdealIsMin: p.vectorCostIdealIsMin,
      previous: matrix.map(() => (random() < p.previousRate ? pick([0, 0.3, 0.5, 0.9, 1]) : null)),
    };
    if (p.alpha !== undefined) problem.alpha = p.alpha;
    if (p.missing !== undefined) problem.missing = p.missing;
    if (p.beta !== undefined) problem.beta = p.beta;
    if (p.mc !== undefined) problem.mc = p.mc;
    return problem;
  });

/** The result, or the error it throws (the same refusal, same field, same message). */
function outcome(run: () => EngineResult): EngineResult | { error: string } {
  try {
    return run();
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

describe('scoreAlternatives against the plain reference', () => {
  it('gives the same bits (Object.is on every number, -0 included) on random problems with ties and missing values', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        expect(outcome(() => scoreAlternatives(problem))).toEqual(outcome(() => reference(problem)));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same bits on larger groups with near-ties (many alternatives per rank bucket) and 300 draws', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 2, max: 400 }),
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        (seed, m, n, dense) => {
          const random = mulberry32(seed);
          const value = (j: number) =>
            dense ? 0.5 + Math.floor(random() * 30) * 3e-10 : j % 3 === 0 ? Math.floor(random() * 6) : Math.round(random() * 1000) / 10;
          const problem: EngineProblem = {
            criteria: Array.from({ length: n }, (_, j) => ({
              direction: j % 4 === 1 ? 'cost' : 'benefit',
              normalization: dense ? 'max' : 'min-max',
              weight: 1 + (j % 3),
            })),
            matrix: Array.from({ length: m }, () => Array.from({ length: n }, (_, j) => (random() < 0.05 ? null : value(j)))),
            cap: 1,
            weighting: 'combined',
            aggregation: 'weighted-sum',
            previous: Array.from({ length: m }, () => (random() < 0.5 ? random() : null)),
            beta: 0.2,
            mc: { draws: 300, noise: 0.2, seed },
          };
          expect(scoreAlternatives(problem)).toEqual(reference(problem));
        },
      ),
      { numRuns: 30 },
    );
  });
});
