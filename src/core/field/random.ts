/**
 * Seeded random numbers for the Monte Carlo estimates: the same seed gives the same figures on the server,
 * in the browser and in a test, so a projected dashboard does not flicker between refreshes.
 */

import { type Random, seededRandom } from '../random.ts';

export { type Random, seededRandom };

/** A standard normal draw (Box–Muller; the second value of each pair is dropped for simplicity). */
export function normal(random: Random): number {
  // 1 − u is in (0, 1], so the logarithm stays finite.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A Gamma(shape, 1) draw for shape ≥ 1 (Marsaglia & Tsang 2000). */
export function gammaDraw(shape: number, random: Random): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (u < 1 - 0.0331 * x ** 4) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** A Beta(a, b) draw for a, b ≥ 1: X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
export function betaDraw(a: number, b: number, random: Random): number {
  const x = gammaDraw(a, random);
  return x / (x + gammaDraw(b, random));
}
