/**
 * Scales for the audit's small SVG charts: the heatmap's colours and the axes' round maxima. A sequential
 * blue scale (light to dark) reads for colour-blind people too; the numbers are always in the label as well.
 */
import type { BestTimeCell } from './types.ts';

/** Light and dark ends of the heatmap (the dark end has 9:1 contrast with white text). */
const LIGHT = [232, 240, 254] as const;
const DARK = [11, 61, 145] as const;
export const EMPTY_CELL = '#ffffff';
export const UNRATED_CELL = '#e3e0df';

const hex = (n: number) => Math.round(n).toString(16).padStart(2, '0');

/** The colour of a share of the scale (0 = lightest, 1 = darkest), clamped. */
export function blend(share: number): string {
  const s = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  const rgb = LIGHT.map((l, i) => l + ((DARK[i] as number) - l) * s);
  return `#${rgb.map(hex).join('')}`;
}

/**
 * The heatmap's top: the highest cell rate, but never above 1.5 × the 90th percentile of the rated cells,
 * so one lucky post does not wash every other cell out to the lightest shade. Null when no cell has a rate.
 */
export function heatTop(cells: readonly BestTimeCell[]): number | null {
  const rates = cells
    .map((c) => c.engagementRate)
    .filter((r): r is number => r !== null && Number.isFinite(r))
    .sort((a, b) => a - b);
  if (rates.length === 0) return null;
  const max = rates[rates.length - 1] as number;
  const p90 = rates[Math.min(rates.length - 1, Math.floor(0.9 * (rates.length - 1)))] as number;
  return max > 0 ? Math.min(max, Math.max(p90 * 1.5, Number.MIN_VALUE)) : 0;
}

/** A cell's fill: white without posts, grey with posts but no rate, else the blue for its rate. */
export function heatColour(cell: BestTimeCell, top: number | null): string {
  if (cell.posts === 0) return EMPTY_CELL;
  if (cell.engagementRate === null || top === null) return UNRATED_CELL;
  return blend(top <= 0 ? 0 : 0.15 + 0.85 * (cell.engagementRate / top));
}

/** Text on a dark cell is white, on a light one dark. */
export function heatInk(cell: BestTimeCell, top: number | null): 'light' | 'dark' {
  if (cell.engagementRate === null || top === null || top <= 0) return 'dark';
  return 0.15 + 0.85 * (cell.engagementRate / top) > 0.55 ? 'light' : 'dark';
}

/** The cells with the best median rate, at most `count`, among those with posts. */
export function bestCells(cells: readonly BestTimeCell[], count = 3): BestTimeCell[] {
  return cells
    .filter((c): c is BestTimeCell & { engagementRate: number } => c.posts > 0 && c.engagementRate !== null)
    .sort((a, b) => b.engagementRate - a.engagementRate || b.posts - a.posts)
    .slice(0, count);
}

/** A round axis maximum at or above `value`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceMax(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}
