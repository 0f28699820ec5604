/**
 * Pins on a poster are stored as fractions (0–1) of the image's width and height, measured on the box
 * the image is drawn in, so they land on the same spot at any size and on later versions of the poster.
 */
import type { Pin } from './types.ts';

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const clamp01 = (v: number) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0);
/** Four decimals: a tenth of a pixel on a 1000-pixel poster, and short in JSON. */
const round = (v: number) => Math.round(v * 10_000) / 10_000;

/** The point tapped or clicked at client coordinates, as fractions of the drawn image box. */
export function pointInBox(clientX: number, clientY: number, box: Box): Point {
  if (box.width <= 0 || box.height <= 0) return { x: 0.5, y: 0.5 };
  return {
    x: round(clamp01((clientX - box.left) / box.width)),
    y: round(clamp01((clientY - box.top) / box.height)),
  };
}

/** Where a pin sits on its image, as CSS percentages (the marker's centre on the point). */
export function pinStyle(point: Point): { left: string; top: string } {
  return { left: `${round(clamp01(point.x) * 100)}%`, top: `${round(clamp01(point.y) * 100)}%` };
}

/** Moves a point by whole steps (arrow keys), staying on the image. */
export function nudge(point: Point, dx: number, dy: number, step = 0.02): Point {
  return { x: round(clamp01(point.x + dx * step)), y: round(clamp01(point.y + dy * step)) };
}

/** Pins numbered 1, 2, … in the order they were placed: the same number on every version. */
export function numberPins(pins: readonly Pin[]): Map<string, number> {
  const ordered = [...pins].sort((a, b) =>
    a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt.localeCompare(b.createdAt),
  );
  return new Map(ordered.map((pin, i) => [pin.id, i + 1]));
}

export interface PlacedPin {
  pin: Pin;
  number: number;
  /** Placed on an earlier version and carried to this one ("dari v1"). */
  carried: boolean;
}

/** The pins shown on one version: those placed on it and on every earlier version, in number order. */
export function pinsOnVersion(pins: readonly Pin[], version: number): PlacedPin[] {
  const numbers = numberPins(pins);
  return pins
    .filter((pin) => pin.version <= version)
    .map((pin) => ({ pin, number: numbers.get(pin.id) ?? 0, carried: pin.version < version }))
    .sort((a, b) => a.number - b.number);
}
