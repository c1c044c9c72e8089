import type { Tier } from './consortium.js';

/**
 * The city's 2027 targets for the official list (seeds/004, DESIGN §2.1): at least 5 national, 8
 * municipal, 15 park-led, 15 industry-led and 30 school-led consortia. The dashboard compares the
 * list with these; a later plan replaces this table (it is code, reviewed like code).
 */
export const CITY_TARGETS_2027: Readonly<Record<Tier, number>> = {
  NATIONAL: 5,
  MUNICIPAL: 8,
  PARK_LED: 15,
  INDUSTRY_LED: 15,
  SCHOOL_LED: 30,
};

export const TARGET_YEAR = 2027;

/** Share in percent with one decimal, 0 for an empty population. */
export const percentOf = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

export interface TierProgress {
  tier: Tier;
  count: number;
  target: number;
  /** How many are still missing to reach the target (0 once met). */
  gap: number;
  met: boolean;
}

/** Each tier's count on the list against its target, in the tiers' order. */
export function tierProgress(counts: Partial<Record<Tier, number>>, targets: Readonly<Record<Tier, number>> = CITY_TARGETS_2027): TierProgress[] {
  return (Object.keys(targets) as Tier[]).map((tier) => {
    const count = counts[tier] ?? 0;
    return { tier, count, target: targets[tier], gap: Math.max(0, targets[tier] - count), met: count >= targets[tier] };
  });
}
