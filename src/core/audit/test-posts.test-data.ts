/** Builders for audit tests: a post with only the metrics a case cares about. */
import { type ImportedPost, noMetrics, type PostMetrics, type PostType } from './model.ts';

export const NO_METRICS: PostMetrics = noMetrics();

let counter = 0;

/** `at`: an ISO date-time with offset or Z. */
export function post(
  at: string,
  metrics: Partial<PostMetrics> = {},
  type: PostType = 'image',
  id = `p${++counter}`,
): ImportedPost {
  const publishedAt = Date.parse(at);
  if (Number.isNaN(publishedAt)) throw new Error(`bad test instant ${at}`);
  return {
    platformPostId: id,
    ownerAccountId: null,
    ownerHandle: null,
    publishedAt,
    type,
    typeLabel: null,
    caption: null,
    permalink: null,
    durationSeconds: null,
    metrics: { ...NO_METRICS, ...metrics },
  };
}

export const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Deep comparison where numbers match to 12 significant decimals: hand-computed expectations such as
 * 0.1 + 0.2 need not match floating point bit for bit.
 */
export function close(actual: unknown, expected: unknown, path = '$'): string[] {
  if (typeof expected === 'number' && typeof actual === 'number') {
    return Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected))
      ? []
      : [`${path}: ${actual} ≠ ${expected}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [`${path}: length differs`];
    return expected.flatMap((e, i) => close(actual[i], e, `${path}[${i}]`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return [`${path}: not an object`];
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
    return [...keys].flatMap((k) =>
      k in e && k in a ? close(a[k], e[k], `${path}.${k}`) : [`${path}.${k}: missing`],
    );
  }
  return Object.is(actual, expected)
    ? []
    : [`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`];
}
