/**
 * Seeded random numbers: the same seed gives the same sequence on the server, in the browser and in a test
 * (shuffled scenario options, Monte Carlo estimates). Good enough for simulation, not for secrets.
 */

export type Random = () => number;

/** mulberry32: a small 32-bit generator, uniform on [0, 1). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
