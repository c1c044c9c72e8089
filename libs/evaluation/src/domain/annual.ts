import { competitionRanks } from './scoring/index.js';

/** 年度公平比拼 annual grades, best first. */
export const ANNUAL_GRADES = ['优秀', '良好', '合格', '不合格'] as const;
export type AnnualGrade = (typeof ANNUAL_GRADES)[number];

/**
 * A consortium in one quarter of the year, from that round's latest published revision:
 * SCORED with its total, NOT_SUBMITTED (no sheet; the round gave it 0), or ABSENT (the round has
 * no result for it, e.g. it was not yet on the list that quarter).
 */
export type QuarterStatus = 'SCORED' | 'NOT_SUBMITTED' | 'ABSENT';

export interface AnnualQuarter {
  status: QuarterStatus;
  /** The quarter's total in [0, 1]; only read when SCORED. */
  total: number;
}

export interface AnnualMember {
  consortiumId: string;
  /** The year's four quarters, Q1 to Q4. */
  quarters: AnnualQuarter[];
  /**
   * Hook for annual-only indicators: a score in [0, 1] from indicators collected once a year.
   * Nothing collects them yet, so the job passes null and `annualWeight` is 0.
   */
  annualScore: number | null;
}

export interface AnnualSettings {
  /**
   * Grade bands on the share of the level group ranked strictly ahead, in percent, cumulative:
   * 优秀 below the first, 良好 below the second, 合格 below the third, 不合格 otherwise.
   */
  bands: [number, number, number];
  /**
   * Absolute floors of the annual total for 优秀 and 良好: a rank earns a grade only with a total
   * that deserves it, so a mediocre total does not become 优秀 because others missed quarters.
   */
  floors: [number, number];
  /**
   * The fewest consortia the rank bands are fair for; a smaller level (L1 has one or two members)
   * is graded by the floors alone: 优秀 at or above the first, 良好 at or above the second, else 合格.
   */
  minRelativeGroup: number;
  /** A consortium NOT_SUBMITTED in this many quarters or more is 不合格 whatever its rank. */
  notSubmittedLimit: number;
  /** γ: weight of the annual-only score; annual total = (1 − γ)·quarter mean + γ·annual score. */
  annualWeight: number;
}

/**
 * Defaults: top 20 % 优秀, next 30 % 良好, next 40 % 合格, the last 10 % 不合格; 优秀 needs an
 * annual total of at least 0.6 and 良好 at least 0.4; a level of fewer than five is graded by those
 * floors alone; two or more unsubmitted quarters is 不合格; no annual-only indicators (γ = 0).
 */
export const ANNUAL_DEFAULTS: AnnualSettings = { bands: [20, 50, 90], floors: [0.6, 0.4], minRelativeGroup: 5, notSubmittedLimit: 2, annualWeight: 0 };

const worse = (a: AnnualGrade, b: AnnualGrade): AnnualGrade => (ANNUAL_GRADES.indexOf(a) >= ANNUAL_GRADES.indexOf(b) ? a : b);

export interface AnnualResult {
  consortiumId: string;
  /** What each quarter counted for, Q1 to Q4: its total when SCORED, else 0. */
  counted: number[];
  notSubmitted: number;
  annualTotal: number;
  rank: number;
  grade: AnnualGrade;
}

/**
 * The annual competition of one level group. Annual total = the mean of the four quarterly totals,
 * summed in quarter order, a NOT_SUBMITTED or ABSENT quarter counting 0 (so every consortium is
 * divided by four: missing a quarter costs a quarter of the year); with γ > 0 the annual-only
 * score is blended in. Ranks are the engine's competition ranks with DESIGN's tie rule, so tied
 * totals share a rank and a grade. Grades come from the rank: with r the rank and n the group
 * size, the share ranked strictly ahead is (r − 1)/n, compared with the bands in whole numbers
 * (100·(r − 1) < band·n) so no rounding decides a grade — and never better than the floors of
 * the total allow. A level smaller than `minRelativeGroup` is graded by the floors alone (a rank
 * among one or two says nothing about 20 % bands).
 */
export function scoreYear(members: AnnualMember[], settings: AnnualSettings = ANNUAL_DEFAULTS): AnnualResult[] {
  const { bands, floors, minRelativeGroup, notSubmittedLimit, annualWeight } = settings;
  if (!(annualWeight >= 0 && annualWeight <= 1)) throw new RangeError(`annualWeight must be in [0, 1] (got ${annualWeight})`);
  const partial = members.map((m) => {
    if (m.quarters.length !== 4) throw new RangeError(`${m.consortiumId}: four quarters expected (got ${m.quarters.length})`);
    const counted = m.quarters.map((q) => (q.status === 'SCORED' ? q.total : 0));
    const mean = counted.reduce((sum, t) => sum + t, 0) / 4;
    const annualTotal = annualWeight === 0 ? mean : (1 - annualWeight) * mean + annualWeight * (m.annualScore ?? 0);
    return { consortiumId: m.consortiumId, counted, notSubmitted: m.quarters.filter((q) => q.status === 'NOT_SUBMITTED').length, annualTotal };
  });
  const ranks = competitionRanks(partial.map((p) => p.annualTotal));
  const n = members.length;
  return partial.map((p, i) => {
    const ahead = 100 * (ranks[i] - 1);
    const byRank: AnnualGrade = ahead < bands[0] * n ? '优秀' : ahead < bands[1] * n ? '良好' : ahead < bands[2] * n ? '合格' : '不合格';
    const byTotal: AnnualGrade = p.annualTotal >= floors[0] ? '优秀' : p.annualTotal >= floors[1] ? '良好' : '合格';
    const grade = n < minRelativeGroup ? byTotal : worse(byRank, byTotal);
    return { ...p, rank: ranks[i], grade: p.notSubmitted >= notSubmittedLimit ? '不合格' : grade };
  });
}
