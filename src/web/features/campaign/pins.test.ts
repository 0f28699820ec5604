import { describe, expect, it } from 'vitest';
import { nudge, numberPins, pinStyle, pinsOnVersion, pointInBox } from './pins.ts';
import type { Pin } from './types.ts';

const pin = (id: string, version: number, createdAt: string): Pin => ({
  id,
  assetVersionId: `v${version}`,
  version,
  x: 0.5,
  y: 0.5,
  body: id,
  verdict: null,
  resolved: false,
  author: null,
  createdAt,
  replies: [],
});

describe('pointInBox', () => {
  it('measures a click as fractions of the drawn image', () => {
    const box = { left: 100, top: 50, width: 400, height: 600 };
    expect(pointInBox(200, 200, box)).toEqual({ x: 0.25, y: 0.25 });
    expect(pointInBox(500, 650, box)).toEqual({ x: 1, y: 1 });
  });

  it('is the same spot whatever the size the image is drawn at', () => {
    const phone = pointInBox(10 + 0.3 * 320, 0.7 * 480, { left: 10, top: 0, width: 320, height: 480 });
    const desktop = pointInBox(0.3 * 900, 80 + 0.7 * 1350, { left: 0, top: 80, width: 900, height: 1350 });
    expect(phone).toEqual(desktop);
    expect(phone).toEqual({ x: 0.3, y: 0.7 });
  });

  it('keeps a point on the image (edges and beyond) and survives an empty box', () => {
    const box = { left: 0, top: 0, width: 200, height: 100 };
    expect(pointInBox(-20, 150, box)).toEqual({ x: 0, y: 1 });
    expect(pointInBox(10, 10, { left: 0, top: 0, width: 0, height: 0 })).toEqual({ x: 0.5, y: 0.5 });
    expect(pointInBox(1 / 3, 0, { left: 0, top: 0, width: 1, height: 1 }).x).toBe(0.3333);
  });
});

describe('pinStyle and nudge', () => {
  it('places the marker by percentages', () => {
    expect(pinStyle({ x: 0.125, y: 1 })).toEqual({ left: '12.5%', top: '100%' });
  });
  it('moves by steps and stops at the edges', () => {
    expect(nudge({ x: 0.5, y: 0.01 }, 1, -1)).toEqual({ x: 0.52, y: 0 });
    expect(nudge({ x: 0.99, y: 0.5 }, 2, 0)).toEqual({ x: 1, y: 0.5 });
  });
});

describe('pins across versions', () => {
  const pins = [
    pin('c', 2, '2026-12-07T10:00:00Z'),
    pin('a', 1, '2026-12-06T10:00:00Z'),
    pin('b', 1, '2026-12-06T11:00:00Z'),
  ];

  it('numbers pins in the order they were placed', () => {
    expect([...numberPins(pins)]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });

  it('shows v1 pins on v1, and v1 and v2 pins on v2 with the v1 ones marked as carried', () => {
    expect(pinsOnVersion(pins, 1).map((p) => [p.pin.id, p.number, p.carried])).toEqual([
      ['a', 1, false],
      ['b', 2, false],
    ]);
    expect(pinsOnVersion(pins, 2).map((p) => [p.pin.id, p.number, p.carried])).toEqual([
      ['a', 1, true],
      ['b', 2, true],
      ['c', 3, false],
    ]);
  });
});
