import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  normaliseIp,
  type Scan,
  ShortCodeSchema,
  scanBuckets,
  shortCode,
  visitorDay,
  visitorHash,
  visitorText,
} from './links.ts';

/** A random source that hands out the given bytes in order. */
const bytesFrom = (values: number[]) => {
  let i = 0;
  return (n: number) => Uint8Array.from({ length: n }, () => values[i++ % values.length] as number);
};

describe('short codes', () => {
  it.each([
    ['bytes map onto the alphabet by remainder', [0, 1, 2, 30, 31, 32, 61], '234z23z'],
    // 248 = 8 × 31 is the first byte that would bias the draw: 248–255 are skipped.
    ['bytes 248–255 are skipped', [248, 255, 0, 250, 1, 2, 3, 4, 5, 6], '2345678'],
  ])('%s', (_label, bytes, expected) => {
    expect(shortCode(bytesFrom(bytes))).toBe(expected);
  });

  it('a given length; only unambiguous symbols; the schema accepts it in either case', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        fc.integer({ min: 4, max: 16 }),
        (bytes, length) => {
          const code = shortCode(bytesFrom([...bytes, 7]), length);
          expect(code).toHaveLength(length);
          for (const ch of code) expect(CODE_ALPHABET).toContain(ch);
          expect(ShortCodeSchema.parse(` ${code.toUpperCase()} `)).toBe(code);
        },
      ),
    );
    expect(CODE_ALPHABET).not.toMatch(/[01ilo]/);
  });

  it('refuses a source that gives nothing, rather than looping', () => {
    expect(() => shortCode(() => new Uint8Array(0))).toThrow();
  });

  it.each(['abc', 'abcd0fg', 'abc-def', 'x'.repeat(17)])('the schema refuses %s', (text) => {
    expect(ShortCodeSchema.safeParse(text).success).toBe(false);
  });
});

describe('the daily visitor hash', () => {
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  const visitor = { salt: 's3cr3t', day: '2024-05-12', ip: '::ffff:203.0.113.9', userAgent: ' Mozilla/5.0 ' };

  it('hashes salt, day, address and agent, one per line', () => {
    expect(visitorText(visitor)).toBe('s3cr3t\n2024-05-12\n203.0.113.9\nMozilla/5.0');
    expect(visitorHash(visitor, sha256)).toBe(sha256('s3cr3t\n2024-05-12\n203.0.113.9\nMozilla/5.0'));
  });

  it('one person, one key all day; another day or salt, another key', () => {
    const key = visitorHash(visitor, sha256);
    expect(visitorHash({ ...visitor, ip: '203.0.113.9' }, sha256)).toBe(key);
    expect(visitorHash({ ...visitor, day: '2024-05-13' }, sha256)).not.toBe(key);
    expect(visitorHash({ ...visitor, salt: 'other' }, sha256)).not.toBe(key);
  });

  it('works with an asynchronous hash as well', async () => {
    const webSha = async (text: string) =>
      Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString('hex');
    expect(await visitorHash(visitor, webSha)).toBe(visitorHash(visitor, sha256));
  });

  it.each([
    ['::FFFF:10.0.0.1', '10.0.0.1'],
    ['2001:DB8::1', '2001:db8::1'],
    [' 192.0.2.1 ', '192.0.2.1'],
    ['::ffff:zz', '::ffff:zz'],
  ])('address %s is written %s', (ip, expected) => {
    expect(normaliseIp(ip)).toBe(expected);
  });

  it('the day is the local date: 23:30 UTC is already tomorrow in Jakarta', () => {
    expect(visitorDay(Date.parse('2024-05-11T23:30:00Z'), 'Asia/Jakarta')).toBe('2024-05-12');
  });
});

describe('scans per variant and local hour', () => {
  const at = (local: string) => Date.parse(`2024-05-12T${local}+07:00`);
  const session = { variants: ['poster-a', 'poster-b'], timeZone: 'Asia/Jakarta' };

  it('counts scans and first scans of a visitor per variant and day; repeats count as scans only', () => {
    const scans: Scan[] = [
      { variant: 'poster-b', at: at('07:10:00'), visitor: 'h1' },
      { variant: 'poster-a', at: at('06:59:00'), visitor: 'h1' },
      { variant: 'poster-a', at: at('06:30:00'), visitor: 'h1' },
      { variant: 'poster-a', at: at('07:05:00'), visitor: 'h2' },
      { variant: 'poster-a', at: at('07:06:00'), visitor: null },
      { variant: 'poster-a', at: at('07:07:00'), visitor: null },
      { variant: 'retired', at: at('08:00:00'), visitor: 'h3' },
    ];
    expect(scanBuckets(scans, session)).toEqual([
      { variant: 'poster-a', hour: '2024-05-12T06:00:00+07:00', scans: 2, visitors: 1 },
      { variant: 'poster-a', hour: '2024-05-12T07:00:00+07:00', scans: 3, visitors: 1 },
      { variant: 'poster-b', hour: '2024-05-12T07:00:00+07:00', scans: 1, visitors: 1 },
      { variant: 'retired', hour: '2024-05-12T08:00:00+07:00', scans: 1, visitors: 1 },
    ]);
  });

  it('the same hash on the next local day is a new visitor', () => {
    const scans: Scan[] = [
      { variant: 'poster-a', at: at('23:30:00'), visitor: 'h1' },
      { variant: 'poster-a', at: at('23:30:00') + 3_600_000, visitor: 'h1' },
    ];
    expect(scanBuckets(scans, session).map((b) => b.visitors)).toEqual([1, 1]);
  });

  it('nothing scanned, nothing listed', () => {
    expect(scanBuckets([], session)).toEqual([]);
  });
});
