/**
 * Pearson's chi-square test of independence, with its p-value computed here rather than taken from a
 * statistics library: the core must bundle for the browser, and one function is all that is needed.
 * Formulas: Numerical Recipes (3rd ed.) §6.1–6.2 and §14.4; checked against printed tables in the tests.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9: about 15 significant digits). */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0] as number;
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] as number) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const EPS = 1e-15;
const MAX_ITERATIONS = 10_000;
const TINY = 1e-300;

/**
 * The regularised upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a), for a > 0 and x ≥ 0: by its
 * series where that converges fast (x < a + 1), otherwise by its continued fraction (modified Lentz).
 */
export function gammaQ(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) return Number.NaN;
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  const logPrefix = a * Math.log(x) - x - lnGamma(a);
  if (x < a + 1) {
    // P(a, x) = e^{-x} x^a / Γ(a + 1) · Σ x^n / ((a + 1) … (a + n)); Q = 1 − P.
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_ITERATIONS; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPS) break;
    }
    return Math.max(0, 1 - sum * Math.exp(logPrefix));
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.min(1, Math.exp(logPrefix) * h);
}

/** P(X ≥ x) for X chi-square distributed with `df` degrees of freedom: the test's p-value. */
export function chiSquareSurvival(x: number, df: number): number {
  if (!(df > 0)) return Number.NaN;
  if (x <= 0) return 1;
  return gammaQ(df / 2, x / 2);
}

export interface ChiSquareTest {
  statistic: number;
  df: number;
  p: number;
  /** Rows and columns that entered the test (those with a total above 0). */
  rows: number;
  columns: number;
  /** Cells whose expected count is below 5, of all cells tested, and the smallest expected count. */
  smallExpected: number;
  cells: number;
  minExpected: number;
}

/**
 * The test of independence of a table of counts (rows: variants, columns: outcomes). Rows and columns
 * whose total is 0 are left out first (their expected counts would be 0, and they carry no information).
 * Null when fewer than two rows or two columns remain: there is nothing to compare.
 */
export function chiSquareTest(table: readonly (readonly number[])[]): ChiSquareTest | null {
  const columnCount = Math.max(0, ...table.map((row) => row.length));
  const columnTotals = Array.from({ length: columnCount }, (_, j) =>
    table.reduce((sum, row) => sum + (row[j] ?? 0), 0),
  );
  const columns = columnTotals.flatMap((total, j) => (total > 0 ? [j] : []));
  const rows = table
    .map((row) => columns.map((j) => row[j] ?? 0))
    .filter((row) => row.reduce((a, b) => a + b, 0) > 0);
  if (rows.length < 2 || columns.length < 2) return null;

  const rowTotals = rows.map((row) => row.reduce((a, b) => a + b, 0));
  const kept = columns.map((_, c) => rows.reduce((sum, row) => sum + (row[c] as number), 0));
  const grand = rowTotals.reduce((a, b) => a + b, 0);

  let statistic = 0;
  let smallExpected = 0;
  let minExpected = Number.POSITIVE_INFINITY;
  rows.forEach((row, r) => {
    row.forEach((observed, c) => {
      const expected = ((rowTotals[r] as number) * (kept[c] as number)) / grand;
      statistic += (observed - expected) ** 2 / expected;
      if (expected < 5) smallExpected++;
      minExpected = Math.min(minExpected, expected);
    });
  });
  const df = (rows.length - 1) * (columns.length - 1);
  return {
    statistic,
    df,
    p: chiSquareSurvival(statistic, df),
    rows: rows.length,
    columns: columns.length,
    smallExpected,
    cells: rows.length * columns.length,
    minExpected,
  };
}
