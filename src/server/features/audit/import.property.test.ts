/**
 * Random and mutated files stored for real: whatever arrives, an import either stores the whole file or
 * leaves the database exactly as it was, and every refusal names a line and a reason.
 */
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations, socialAccounts } from '../../db/schema.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/database.ts';
import { snapshotData } from '../../testing/snapshot.ts';
import { type AccountRow, commitImport } from './import.ts';

const fixtures = ['meta-posts-instagram-id.csv', 'meta-posts-facebook-en.csv', 'tiktok-content-id.csv'].map(
  (name) => new Uint8Array(readFileSync(new URL(`../../../core/audit/fixtures/${name}`, import.meta.url))),
);

let database: TestDatabase;
let account: AccountRow;

beforeAll(async () => {
  database = await createTestDatabase();
  const [org] = await database.db
    .insert(organisations)
    .values({ name: 'Serikat Acak', kind: 'union' })
    .returning();
  if (!org) throw new Error('no organisation was created');
  const created = await commitImport(database.db, {
    account: {
      organisationId: org.id,
      platform: 'instagram',
      handle: 'acak',
      displayName: '',
      timeZone: 'Asia/Jakarta',
    },
    source: fixtures[0] as Uint8Array,
    options: { today: '2026-07-01' },
    metricsAsOf: '2026-07-01',
    fileName: 'seed.csv',
    actorUserId: null,
  });
  const [row] = await database.db
    .select()
    .from(socialAccounts)
    .where(eq(socialAccounts.id, created.accountId ?? ''));
  if (!row) throw new Error('the seed import stored no account');
  account = row;
});
afterAll(() => database.destroy());

/** A fixture changed the way real files break: cut short, a byte overwritten, lines dropped or doubled. */
const mutated = fc
  .record({
    file: fc.constantFrom(...fixtures),
    cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    overwrite: fc.array(
      fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })),
      {
        maxLength: 4,
      },
    ),
    lines: fc.constantFrom('keep', 'drop', 'double', 'reverse'),
  })
  .map(({ file, cut, overwrite, lines }) => {
    const text = new TextDecoder().decode(file);
    const all = text.split('\n');
    const [header = '', ...rest] = all;
    const body =
      lines === 'drop'
        ? rest.filter((_, i) => i % 2 === 0)
        : lines === 'double'
          ? [...rest, ...rest]
          : lines === 'reverse'
            ? [...rest].reverse()
            : rest;
    const bytes = new TextEncoder().encode([header, ...body].join('\n'));
    for (const [at, value] of overwrite) bytes[Math.floor(at * (bytes.length - 1))] = value;
    return cut === undefined ? bytes : bytes.slice(0, Math.floor(cut * bytes.length));
  });

describe('storing random files', () => {
  it('writes all or nothing, and every refusal has a line and a reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated, fc.uint8Array({ maxLength: 400 })), async (bytes) => {
        const before = await snapshotData(database.db);
        const report = await commitImport(database.db, {
          account,
          source: bytes,
          options: { today: '2026-07-01', exportDate: '2026-07-01' },
          metricsAsOf: '2026-07-01',
          fileName: 'acak.csv',
          actorUserId: null,
        });
        for (const r of [...report.rejected, ...report.problems]) {
          expect(r.line).toBeGreaterThan(0);
          expect(r.reason.length).toBeGreaterThan(0);
        }
        if (report.committed) {
          expect(report.rejected).toEqual([]);
          expect(report.problems).toEqual([]);
        } else {
          expect(await snapshotData(database.db)).toBe(before);
        }
      }),
      { numRuns: 40 },
    );
  });
});
