/**
 * 有进有出、动态调整: the default rules of DESIGN §4 as pure functions. Facts in, proposals out;
 * no I/O. Every threshold comes from the rule set's version (`RuleThresholds`).
 */

export type ConsortiumStatus = 'PREPARING' | 'ACTIVE' | 'WARNED' | 'PROBATION' | 'DELISTED';
export type Tier = 'NATIONAL' | 'MUNICIPAL' | 'PARK_LED' | 'INDUSTRY_LED' | 'SCHOOL_LED';

export interface RuleThresholds {
  /** Share of a level counted as its bottom (rules 1, 2): the last ⌈n·share⌉ ranks, at least one (none in a level of one). */
  bottomShare: number;
  /** The round grade that counts like the bottom (rule 1). */
  failingGrade: string;
  /** Consecutive published rounds in the bottom before a warning (rule 1). */
  warnAfterRounds: number;
  /** Consecutive published rounds in the top half before a warning or probation is lifted (rule 4). */
  liftAfterRounds: number;
  /** Share of a level counted as its top (rule 4): ranks ≤ ⌊n·share⌋, at least one. */
  topShare: number;
  /**
   * The fewest ranked consortia a level needs for its bottom and top to count (rules 1, 2, 4). In
   * a smaller level (L1 has one or two members, L2 three) "bottom 10 %" would be the runner-up:
   * there only the round grade counts — the failing grade as the bottom, A or B as the top.
   * Optional in a stored rule set: absent means the default.
   */
  minGroupSize: number;
  /** Rectification period proposed with PROBATION, in days after the proposal's round ends (rule 2). */
  rectificationDays: number;
  /** The annual grade that proposes delisting (rule 3). */
  delistAnnualGrade: string;
  /** Municipal criteria for promotion (rule 5): annual grade required, and not warned or on probation. */
  promotionAnnualGrade: string;
  /** Days a composition rule may stay broken before a warning is proposed (rule 6). */
  compositionGraceDays: number;
  /** Quarters without recorded participation before a member unit's exit is proposed (rule 7). */
  idleQuarters: number;
}

/** Thresholds as stored by a rule set, where the ones added later may be absent. */
export type StoredThresholds = Omit<RuleThresholds, 'minGroupSize'> & Partial<Pick<RuleThresholds, 'minGroupSize'>>;

export const DEFAULT_THRESHOLDS: RuleThresholds = {
  bottomShare: 0.1,
  failingGrade: 'D',
  warnAfterRounds: 2,
  liftAfterRounds: 2,
  topShare: 0.5,
  minGroupSize: 5,
  rectificationDays: 180,
  delistAnnualGrade: '不合格',
  promotionAnnualGrade: '优秀',
  compositionGraceDays: 90,
  idleQuarters: 4,
};

/** One consortium's standing in one published round (latest published revision). */
export interface RoundStanding {
  round: string;
  rank: number;
  /** Consortia ranked in its level in that round. */
  groupSize: number;
  grade: string;
  status: string;
}

export interface ConsortiumFacts {
  consortiumId: string;
  status: ConsortiumStatus;
  tier: Tier;
  /** The date its current status began. */
  statusSince: string;
  /** Published rounds in which it was ranked, oldest first, up to the triggering round. */
  standings: RoundStanding[];
  /** Rectification deadline of its current probation, if any. */
  rectificationDeadline?: string | null;
  /** The first day of the current unbroken stretch of composition warnings, or null. */
  compositionBrokenSince?: string | null;
  compositionWarnings?: string[];
  /** Member units with their membership start and the latest quarter with recorded participation. */
  members?: { organizationId: string; memberSince: string; lastParticipation: string | null }[];
}

export interface AnnualStanding {
  consortiumId: string;
  level: string;
  rank: number;
  groupSize: number;
  grade: string;
}

export const PROPOSAL_KINDS = ['STATUS', 'TIER', 'MEMBER_EXIT'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export interface ProposalDraft {
  rule: number;
  kind: ProposalKind;
  consortiumId: string;
  organizationId: string | null;
  fromStatus: ConsortiumStatus;
  toStatus: ConsortiumStatus | null;
  fromTier: Tier;
  toTier: Tier | null;
  /** Proposed rectification deadline (PROBATION only). */
  rectificationDeadline: string | null;
  evidence: Record<string, unknown>;
}

/** A stored rule set's thresholds, each one added after it was written taking its default. */
export const thresholdsOf = (stored: StoredThresholds): RuleThresholds => ({ ...stored, minGroupSize: stored.minGroupSize ?? DEFAULT_THRESHOLDS.minGroupSize });

/** Whether a level is large enough for positions in it to count (see `minGroupSize`). */
const relative = (s: RoundStanding, t: RuleThresholds): boolean => s.groupSize >= t.minGroupSize;
/**
 * The bottom of a level: its last ⌈n·share⌉ ranks, at least one — in a level of at least
 * `minGroupSize`; in a smaller one, the failing grade.
 */
export const inBottom = (s: RoundStanding, t: RuleThresholds): boolean =>
  relative(s, t) ? s.rank > s.groupSize - Math.max(1, Math.ceil(s.groupSize * t.bottomShare - 1e-9)) : s.grade === t.failingGrade;
/** The top of a level: ranks ≤ ⌊n·share⌋, at least one — in a smaller level than `minGroupSize`, grade A or B. */
export const inTop = (s: RoundStanding, t: RuleThresholds): boolean =>
  relative(s, t) ? s.rank <= Math.max(1, Math.floor(s.groupSize * t.topShare + 1e-9)) : s.grade === 'A' || s.grade === 'B';
const failing = (s: RoundStanding, t: RuleThresholds) => inBottom(s, t) || s.grade === t.failingGrade;
const ON_LIST: readonly ConsortiumStatus[] = ['ACTIVE', 'WARNED', 'PROBATION'];

const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** `2026Q3` → its index in quarters since year 0, to count quarters between two codes. */
export const quarterIndex = (code: string): number => Number(code.slice(0, 4)) * 4 + Number(code.slice(5)) - 1;
export const quarterCode = (index: number): string => `${Math.floor(index / 4)}Q${(index % 4) + 1}`;
/** The first day of a quarter given by its index. */
export const quarterStart = (index: number): string => `${Math.floor(index / 4)}-${String((index % 4) * 3 + 1).padStart(2, '0')}-01`;
/** The quarter a date falls in. */
export const quarterOfDate = (date: string): string => `${date.slice(0, 4)}Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

const draft = (f: ConsortiumFacts, rule: number, change: Partial<ProposalDraft>, evidence: Record<string, unknown>): ProposalDraft => ({
  rule,
  kind: 'STATUS',
  consortiumId: f.consortiumId,
  organizationId: null,
  fromStatus: f.status,
  toStatus: null,
  fromTier: f.tier,
  toTier: null,
  rectificationDeadline: null,
  ...change,
  evidence,
});

/**
 * Rules run when a round is published (`round` is its code, `roundEnd` its last day, `asOf` the
 * day the rules run): 1 (bottom or failing grade twice → WARNED), 2 (WARNED and again in the
 * bottom → PROBATION with a deadline), 3b (PROBATION past its deadline → DELISTED), 4 (WARNED or
 * PROBATION in the top half twice → ACTIVE), 6 (composition broken too long → WARNED) and
 * 7 (idle member unit → exit proposed to the secretariat).
 */
export function roundRules(facts: readonly ConsortiumFacts[], round: string, roundEnd: string, asOf: string, t: RuleThresholds): ProposalDraft[] {
  const out: ProposalDraft[] = [];
  for (const f of facts) {
    if (!ON_LIST.includes(f.status)) continue;
    const recent = (n: number) => {
      const last = f.standings.slice(-n);
      // Consecutive published rounds ending with this one.
      return last.length === n && last[n - 1].round === round ? last : null;
    };
    const warnWindow = recent(t.warnAfterRounds);
    const current = recent(1)?.[0];
    const liftWindow = recent(t.liftAfterRounds);
    const evidenceOf = (rounds: RoundStanding[]) => ({
      rounds: rounds.map((s) => ({ round: s.round, rank: s.rank, of: s.groupSize, grade: s.grade, status: s.status })),
    });

    if (f.status === 'ACTIVE' && warnWindow && warnWindow.every((s) => failing(s, t))) {
      out.push(draft(f, 1, { toStatus: 'WARNED' }, evidenceOf(warnWindow)));
    }
    // "Again": a round after the warning began.
    if (f.status === 'WARNED' && current && inBottom(current, t) && roundEnd > f.statusSince) {
      out.push(
        draft(
          f,
          2,
          { toStatus: 'PROBATION', rectificationDeadline: addDays(roundEnd, t.rectificationDays) },
          { ...evidenceOf([current]), warnedSince: f.statusSince },
        ),
      );
    }
    if (f.status === 'PROBATION' && f.rectificationDeadline && f.rectificationDeadline < asOf) {
      out.push(draft(f, 3, { toStatus: 'DELISTED' }, { rectificationDeadline: f.rectificationDeadline, probationSince: f.statusSince, checkedOn: asOf }));
    }
    if (
      (f.status === 'WARNED' || f.status === 'PROBATION') &&
      liftWindow &&
      liftWindow.every((s) => inTop(s, t)) &&
      liftWindow.every((s) => s.round >= quarterOfDate(f.statusSince))
    ) {
      out.push(draft(f, 4, { toStatus: 'ACTIVE' }, evidenceOf(liftWindow)));
    }
    if (f.status === 'ACTIVE' && f.compositionBrokenSince && daysBetween(f.compositionBrokenSince, roundEnd) > t.compositionGraceDays) {
      out.push(
        draft(
          f,
          6,
          { toStatus: 'WARNED' },
          {
            brokenSince: f.compositionBrokenSince,
            checkedOn: roundEnd,
            days: daysBetween(f.compositionBrokenSince, roundEnd),
            warnings: f.compositionWarnings ?? [],
          },
        ),
      );
    }
    for (const m of f.members ?? []) {
      // Idle for the last `idleQuarters` quarters up to this round, having been a member throughout.
      const firstOfWindow = quarterIndex(round) - t.idleQuarters + 1;
      if (m.memberSince > quarterStart(firstOfWindow)) continue;
      if (m.lastParticipation && quarterIndex(m.lastParticipation) >= firstOfWindow) continue;
      out.push(
        draft(
          f,
          7,
          { kind: 'MEMBER_EXIT', organizationId: m.organizationId },
          {
            quarters: Array.from({ length: t.idleQuarters }, (_, i) => quarterCode(firstOfWindow + i)),
            lastParticipation: m.lastParticipation,
            memberSince: m.memberSince,
          },
        ),
      );
    }
  }
  return out;
}

/**
 * Rules run when an annual competition is published: 3a (the delisting annual grade → DELISTED)
 * and 5 (first of L3 for the year, with the promotion grade and in good standing → promotion to
 * MUNICIPAL).
 */
export function annualRules(facts: readonly ConsortiumFacts[], year: number, annual: readonly AnnualStanding[], t: RuleThresholds): ProposalDraft[] {
  const out: ProposalDraft[] = [];
  const byId = new Map(facts.map((f) => [f.consortiumId, f]));
  for (const a of annual) {
    const f = byId.get(a.consortiumId);
    if (!f || !ON_LIST.includes(f.status)) continue;
    const evidence = { year, level: a.level, rank: a.rank, of: a.groupSize, grade: a.grade };
    if (a.grade === t.delistAnnualGrade) out.push(draft(f, 3, { toStatus: 'DELISTED' }, evidence));
    else if (a.level === 'L3' && a.rank === 1 && a.grade === t.promotionAnnualGrade && f.status === 'ACTIVE') {
      out.push(draft(f, 5, { kind: 'TIER', toTier: 'MUNICIPAL' }, evidence));
    }
  }
  return out;
}

/**
 * The rules judge each consortium as it stood at the end of the round (or year) they run for; a
 * proposal is kept only if the consortium still stands there by every decision already taken —
 * including one dated later — so a consortium already warned, delisted or moved to another tier
 * since is not proposed for what it has already become or left behind. `latest`: the consortia
 * on the list under their latest decided status and tier (a delisted one is absent).
 */
export function stillCurrent(drafts: readonly ProposalDraft[], latest: ReadonlyMap<string, { status: ConsortiumStatus; tier: Tier }>): ProposalDraft[] {
  return drafts.filter((d) => {
    const now = latest.get(d.consortiumId);
    return now !== undefined && now.status === d.fromStatus && now.tier === d.fromTier;
  });
}

/** Why a rule set's thresholds are unusable, or null. */
export function thresholdsProblem(t: RuleThresholds): { field: string; message: string } | null {
  const share = (field: keyof RuleThresholds) => {
    const v = t[field] as number;
    return v > 0 && v <= 1 ? null : { field, message: 'must be in (0, 1]' };
  };
  const positiveInt = (field: keyof RuleThresholds) =>
    Number.isInteger(t[field]) && (t[field] as number) >= 1 ? null : { field, message: 'must be a whole number ≥ 1' };
  return (
    share('bottomShare') ??
    share('topShare') ??
    positiveInt('warnAfterRounds') ??
    positiveInt('liftAfterRounds') ??
    positiveInt('rectificationDays') ??
    positiveInt('compositionGraceDays') ??
    positiveInt('idleQuarters') ??
    positiveInt('minGroupSize')
  );
}
