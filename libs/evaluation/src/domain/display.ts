/**
 * Scores as people read them (DESIGN §3: a score in [0, 1] is "shown ×100"). The engine, the
 * stored results and the digest keep full precision; only what the API answers goes through
 * here, once, at the edge.
 */

/**
 * Rounds to `decimals` places, a tie (…5) away from zero. The value is first read to 15
 * significant digits, so a binary artefact such as 98.445 → 98.44499999999999 still counts as the
 * tie a person sees. A value that rounds to zero is 0, never −0.
 */
export function roundHalfAwayFromZero(value: number, decimals = 2): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = Math.round(scaled) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded; // never −0
}

/** A 0–1 score shown on 0–100 with two decimals: 0.9844444444444445 → 98.44. */
export function displayScore(raw: number): number {
  return roundHalfAwayFromZero(raw * 100, 2);
}

/** The same for a score that may be absent (null stays null). */
export function displayScoreOrNull(raw: number | null | undefined): number | null {
  return raw === null || raw === undefined ? null : displayScore(raw);
}

/** A share of 1 (a weight, a probability) shown in percent with two decimals: 0.125 → 12.5. */
export const displayPercent = displayScore;
