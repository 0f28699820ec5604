import { describe, expect, it } from 'vitest';
import {
  bestCells,
  blend,
  EMPTY_CELL,
  heatColour,
  heatInk,
  heatTop,
  niceMax,
  UNRATED_CELL,
} from './scales.ts';
import type { BestTimeCell } from './types.ts';

const cell = (weekday: number, hour: number, posts: number, engagementRate: number | null): BestTimeCell => ({
  weekday,
  hour,
  posts,
  engagementRate,
});

describe('heatmap colours', () => {
  it('runs from light to dark blue and clamps', () => {
    expect(blend(0)).toBe('#e8f0fe');
    expect(blend(1)).toBe('#0b3d91');
    expect(blend(-1)).toBe(blend(0));
    expect(blend(2)).toBe(blend(1));
    expect(blend(Number.NaN)).toBe(blend(0));
  });

  it('leaves empty hours white and unrated hours grey', () => {
    expect(heatColour(cell(1, 0, 0, null), 0.1)).toBe(EMPTY_CELL);
    expect(heatColour(cell(1, 0, 2, null), 0.1)).toBe(UNRATED_CELL);
  });

  it('gives the top rate the darkest shade and white ink', () => {
    const top = cell(1, 9, 1, 0.2);
    expect(heatColour(top, 0.2)).toBe('#0b3d91');
    expect(heatInk(top, 0.2)).toBe('light');
    expect(heatInk(cell(1, 9, 1, 0.01), 0.2)).toBe('dark');
  });

  it('caps the top so one lucky post does not wash out the rest', () => {
    const cells = [...Array.from({ length: 10 }, (_, i) => cell(1, i, 1, 0.1)), cell(2, 0, 1, 0.9)];
    expect(heatTop(cells)).toBeCloseTo(0.15);
    expect(heatTop([cell(1, 0, 0, null)])).toBeNull();
    expect(heatTop([cell(1, 0, 1, 0)])).toBe(0);
  });

  it('lists the best cells by rate, then by posts', () => {
    const best = bestCells(
      [cell(1, 1, 1, 0.1), cell(2, 2, 3, 0.3), cell(3, 3, 5, 0.3), cell(4, 4, 0, null)],
      2,
    );
    expect(best.map((c) => c.weekday)).toEqual([3, 2]);
  });
});

describe('niceMax', () => {
  it.each([
    [0, 1],
    [0.7, 1],
    [3, 5],
    [4.5, 5],
    [12, 20],
    [0.047, 0.05],
    [2100, 2500],
  ])('%s → %s', (value, top) => {
    expect(niceMax(value)).toBeCloseTo(top);
  });
});
