/**
 * Tracked links: each variant's short link and QR code, and how scans are counted without identifying
 * anyone. No IP address or user agent is ever stored; a repeat scan is recognised by a hash of them salted
 * with a secret that changes every day, so a hash cannot be traced back nor linked across days. The hash
 * function is passed in: Node's crypto does not exist in the browser, and the core must bundle for both.
 * Rules: docs/field.md ("Tracked links").
 */
import { z } from 'zod';
import { localDateOf } from '../audit/local-time.ts';
import { localHourStart, localIso } from './hours.ts';
import type { FieldSession } from './session.ts';

/**
 * Lower-case letters and digits without 0/o, 1/l/i: a code typed from a poster by hand cannot be misread.
 * 31 symbols; 7 of them give 31⁷ ≈ 2.8 × 10¹⁰ codes, so guessing a live one is hopeless.
 */
export const CODE_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
export const CODE_LENGTH = 7;

export const ShortCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(new RegExp(`^[${CODE_ALPHABET}]{4,16}$`), 'short_code');

/**
 * A short code drawn from `randomBytes(n)` (e.g. `crypto.getRandomValues(new Uint8Array(n))`). Bytes at
 * or above the largest multiple of 31 are skipped, so every symbol is equally likely (no modulo bias).
 */
export function shortCode(randomBytes: (n: number) => Uint8Array, length = CODE_LENGTH): string {
  const size = CODE_ALPHABET.length;
  const limit = 256 - (256 % size);
  let code = '';
  while (code.length < length) {
    const bytes = randomBytes(length - code.length + 4);
    // A source that gives nothing would loop forever; that is a bug in the caller, not bad luck.
    if (bytes.length === 0) throw new Error('shortCode: the random source returned no bytes');
    for (const byte of bytes) {
      if (byte >= limit) continue;
      code += CODE_ALPHABET[byte % size];
      if (code.length === length) break;
    }
  }
  return code;
}

export interface Visitor {
  /** The secret of the day: random, made by the server, deleted with the day's hashes. */
  salt: string;
  /** The local date of the scan in the session's zone (`visitorDay`). */
  day: string;
  ip: string;
  userAgent: string;
}

/** The scan's local date: repeats are dropped within one local day, not one UTC day. */
export const visitorDay = (at: number, timeZone: string): string => localDateOf(at, timeZone);

/**
 * One way of writing an address, so a visitor whose address reaches the server in two spellings is still
 * one visitor: an IPv4 address mapped into IPv6 (`::ffff:203.0.113.9`) is the IPv4 address, and IPv6 hex
 * is lower case.
 */
export function normaliseIp(ip: string): string {
  const trimmed = ip.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(trimmed);
  return mapped ? (mapped[1] as string) : trimmed;
}

/**
 * The text that is hashed: salt, day, address and user agent, one per line (a header value cannot hold a
 * line break, so two different visitors never make the same text).
 */
export const visitorText = (v: Visitor): string =>
  [v.salt, v.day, normaliseIp(v.ip), v.userAgent.trim()].join('\n');

/**
 * The visitor's daily key: `hash(salt ⏎ day ⏎ ip ⏎ user agent)`, e.g. hex SHA-256. Generic in the result,
 * so Web Crypto's `Promise<string>` works as well as Node's synchronous `createHash`.
 */
export function visitorHash<T>(visitor: Visitor, hash: (text: string) => T): T {
  return hash(visitorText(visitor));
}

export interface Scan {
  variant: string;
  /** UTC ms. */
  at: number;
  /** The visitor's daily hash; null when the server kept none (it then counts the scan, never as unique). */
  visitor: string | null;
}

export interface ScanBucket {
  variant: string;
  /** ISO 8601 of the local hour's start with the zone's offset. */
  hour: string;
  /** Every scan in the hour. */
  scans: number;
  /** First scans of a visitor for this variant that local day: repeats of the same person are dropped. */
  visitors: number;
}

/**
 * Scans per variant and local hour, non-empty buckets only: the session's variants in order, then any other
 * variant sorted, each by hour. A visitor scanning the same variant again later that day counts as a scan
 * but not as a new visitor; the first scan decides the hour the visitor counts in.
 */
export function scanBuckets(
  scans: Iterable<Scan>,
  session: Pick<FieldSession, 'variants' | 'timeZone'>,
): ScanBucket[] {
  const sorted = [...scans].sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const buckets = new Map<string, Map<number, { scans: number; visitors: number }>>();
  for (const scan of sorted) {
    const hour = localHourStart(scan.at, session.timeZone);
    let byHour = buckets.get(scan.variant);
    if (!byHour) {
      byHour = new Map();
      buckets.set(scan.variant, byHour);
    }
    const bucket = byHour.get(hour) ?? { scans: 0, visitors: 0 };
    bucket.scans++;
    if (scan.visitor !== null) {
      // The hash already holds the day; the day is added again so a hasher without it stays per day.
      const key = `${scan.variant}\n${visitorDay(scan.at, session.timeZone)}\n${scan.visitor}`;
      if (!seen.has(key)) {
        seen.add(key);
        bucket.visitors++;
      }
    }
    byHour.set(hour, bucket);
  }
  const known = new Set(session.variants);
  const order = [...session.variants, ...[...buckets.keys()].filter((v) => !known.has(v)).sort()];
  return order.flatMap((variant) =>
    [...(buckets.get(variant) ?? new Map<number, { scans: number; visitors: number }>())]
      .sort(([a], [b]) => a - b)
      .map(([hour, counts]) => ({ variant, hour: localIso(hour, session.timeZone), ...counts })),
  );
}
