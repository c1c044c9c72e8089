/**
 * mulberry32 (Tommy Ettinger's 32-bit generator, public domain): tiny, fast and fully determined by
 * its seed, so a rescore with the round's seed gives bit-identical Monte Carlo results
 * (Math.random cannot be seeded). The seed is taken modulo 2^32. Returns numbers in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
