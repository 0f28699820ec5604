/**
 * Small descriptive statistics shared by the assessment scoring and the social-media audit. Each returns
 * `null` for an empty input instead of NaN, so a missing figure stays visibly missing in JSON and in the UI.
 */

export const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/** The middle value; for an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const a = new Float64Array(values);
  const middle = Math.floor(a.length / 2);
  const upper = kthSmallest(a, middle);
  return a.length % 2 === 1 ? upper : (maxOf(a, 0, middle) + upper) / 2;
}

/**
 * The p-quantile (0 ≤ p ≤ 1) by linear interpolation between closest ranks: Hyndman & Fan type 7, the
 * default of R, NumPy and spreadsheets' QUARTILE.INC, so anyone can check a figure with the tool they have.
 * `quantile(v, 0.5)` equals `median(v)`.
 */
export function quantile(values: readonly number[], p: number): number | null {
  if (values.length === 0 || !(p >= 0 && p <= 1)) return null;
  const a = new Float64Array(values);
  const h = (a.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const low = kthSmallest(a, lo);
  const high = hi === lo ? low : minOf(a, lo + 1, a.length);
  return low + (h - lo) * (high - low);
}

/**
 * The k-th smallest value (0-based) of `a`, leaving every smaller value before index k and every larger
 * one after it. Selection is linear on average where a sort is n log n, which matters for the dozen
 * medians of a 100,000-post audit; after too many rounds (adversarial input) it falls back to sorting
 * what is left, and with a NaN in the data (which comparisons cannot place) it sorts outright, as before.
 */
function kthSmallest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  let rounds = 2 * Math.ceil(Math.log2(a.length + 1)) + 4;
  for (let i = 0; i <= hi; i++) {
    if (Number.isNaN(a[i] as number)) {
      a.sort();
      return a[k] as number;
    }
  }
  while (hi > lo) {
    if (rounds-- === 0) {
      a.subarray(lo, hi + 1).sort();
      return a[k] as number;
    }
    const pivot = medianOfThree(a[lo] as number, a[(lo + hi) >>> 1] as number, a[hi] as number);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k] as number;
  }
  return a[k] as number;
}

const medianOfThree = (x: number, y: number, z: number) =>
  Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));

function maxOf(a: Float64Array, from: number, to: number): number {
  let best = a[from] as number;
  for (let i = from + 1; i < to; i++) if ((a[i] as number) > best) best = a[i] as number;
  return best;
}

function minOf(a: Float64Array, from: number, to: number): number {
  let best = a[from] as number;
  for (let i = from + 1; i < to; i++) if ((a[i] as number) < best) best = a[i] as number;
  return best;
}

/** Population standard deviation (divides by n). */
export function populationSd(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null) return null;
  return Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / values.length);
}

/** Sample variance (divides by n − 1); null below two values. */
export function sampleVariance(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null || values.length < 2) return null;
  return values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1);
}
