/**
 * Randomised files for every importer: valid ones with columns swapped, dropped or filled with garbage,
 * then truncated ones and random bytes. Whatever arrives, an import never throws, every rejection has a
 * line and a reason, outcomes come in file order, and when the mutation keeps the CSV's structure every
 * data row is accounted for: posts + rows of values + rejected = data rows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeText, type TextEncodingName } from './decode.ts';
import { runImport } from './fixtures.test-data.ts';
import type { ImportOptions } from './import-file.ts';
import type { ImportFormat, ImportRow } from './outcome.ts';

interface TableFile {
  format: ImportFormat;
  /** Lines written before the header (Excel's `sep=,`, a metric's name). */
  before: string[];
  header: string[];
  rows: string[][];
  encoding: TextEncodingName;
  options: ImportOptions;
}

const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
const render = (file: TableFile) =>
  [...file.before, ...[file.header, ...file.rows].map((row) => row.map(quote).join(','))].join('\r\n') +
  '\r\n';

const count = fc.oneof(fc.nat({ max: 5000 }).map(String), fc.constantFrom('', 'undefined', '1,234', '-3'));
const caption = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('Aksi ✊🏽\n\n#upah, "layak"', 'Line one\r\nline two 🇮🇩', ''),
);
const usTime = fc
  .record({
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    h: fc.integer({ min: 0, max: 23 }),
  })
  .map(
    ({ m, d, h }) =>
      `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/2026 ${String(h).padStart(2, '0')}:05`,
  );
const MONTHS = [
  'January',
  'Februari',
  'March',
  'April',
  'Mei',
  'June',
  'Juli',
  'August',
  'Σεπτεμβρίου',
  'Oktober',
  'Nov',
  'Desember',
];
const dayMonth = fc
  .record({ m: fc.integer({ min: 0, max: 11 }), d: fc.integer({ min: 1, max: 28 }), first: fc.boolean() })
  .map(({ m, d, first }) => (first ? `${MONTHS[m]} ${d}` : `${d} ${MONTHS[m]}`));

const metaPosts = fc
  .array(fc.tuple(usTime, caption, fc.constantFrom('IG reel', 'Gambar IG', 'Photos'), count, count, count), {
    maxLength: 12,
  })
  .map(
    (rows): TableFile => ({
      format: 'meta_posts',
      before: [],
      header: [
        'Post ID',
        'Account ID',
        'Account username',
        'Description',
        'Publish time',
        'Post type',
        'Date',
        'Views',
        'Reach',
        'Likes',
      ],
      rows: rows.map(([time, text, type, a, b, c], i) => [
        String(1000 + i),
        i % 5 === 4 ? '2' : '1',
        'acct',
        text,
        time,
        type,
        'Lifetime',
        a,
        b,
        c,
      ]),
      encoding: 'utf-8',
      options: {},
    }),
  );
const facebookPosts = metaPosts.map((file) => ({
  ...file,
  header: [
    'Post ID',
    'Page ID',
    'Page name',
    'Description',
    'Publish time',
    'Post type',
    'Date',
    'Views',
    'Reactions, Comments and Shares',
    'Reactions',
  ],
}));
const metaDaily = fc.array(fc.tuple(fc.integer({ min: 1, max: 28 }), count), { maxLength: 30 }).map(
  (rows): TableFile => ({
    format: 'meta_daily',
    before: ['sep=,', '"Reach"'],
    header: ['Date', 'Primary'],
    rows: rows.map(([d, v]) => [`2026-03-${String(d).padStart(2, '0')}T00:00:00`, v]),
    encoding: 'utf-16le',
    options: {},
  }),
);
const tiktokContent = fc
  .array(fc.tuple(caption, dayMonth, count, count, count, count), { maxLength: 12 })
  .map(
    (rows): TableFile => ({
      format: 'tiktok_content',
      before: [],
      header: [
        'Time',
        'Video title',
        'Video link',
        'Post time',
        'Total likes',
        'Total comments',
        'Total shares',
        'Total views',
      ],
      rows: rows.map(([text, day, a, b, c, d], i) => [
        'June 30',
        text,
        `https://www.tiktok.com/@acct/video/${7000 + i}`,
        day,
        a,
        b,
        c,
        d,
      ]),
      encoding: 'utf-8',
      options: { today: '2026-07-01' },
    }),
  );
const tiktokHistory = fc.array(fc.tuple(dayMonth, count, count), { maxLength: 30 }).map(
  (rows): TableFile => ({
    format: 'tiktok_follower_history',
    before: [],
    header: ['Date', 'Followers', 'Difference in followers from previous day'],
    rows: rows.map(([day, a, b]) => [day, a, b]),
    encoding: 'utf-8',
    options: { exportDate: '2027-01-05' },
  }),
);
const tiktokOverview = fc.array(fc.tuple(dayMonth, count, count, count), { maxLength: 30 }).map(
  (rows): TableFile => ({
    format: 'tiktok_overview',
    before: [],
    header: ['Date', 'Video Views', 'Profile Views', 'Likes', 'Comments', 'Shares'],
    rows: rows.map(([day, a, b, c]) => [day, a, b, c, a, b]),
    encoding: 'utf-8',
    options: { exportDate: '2027-01-05' },
  }),
);
const generic = fc.array(fc.tuple(caption, count), { maxLength: 12 }).map(
  (rows): TableFile => ({
    format: 'generic',
    before: [],
    header: ['id', 'when', 'text', 'views'],
    rows: rows.map(([text, views], i) => [`p${i}`, '2026-05-01 10:00', text, views]),
    encoding: 'utf-8',
    options: { mapping: { post_id: 'id', published_at: 'when', caption: 'text', views: 'views' } },
  }),
);

const anyTable = fc.oneof(
  metaPosts,
  facebookPosts,
  metaDaily,
  tiktokContent,
  tiktokHistory,
  tiktokOverview,
  generic,
);

/** A structure-keeping mutation: the same columns in another order, fewer columns, or garbage cells. */
const mutated = anyTable.chain((file) =>
  fc.oneof(
    fc.constant(file),
    fc
      .shuffledSubarray(
        file.header.map((_, i) => i),
        { minLength: file.header.length, maxLength: file.header.length },
      )
      .map((order) => pick(file, order)),
    fc
      .subarray(
        file.header.map((_, i) => i),
        { minLength: 1 },
      )
      .map((keep) => pick(file, keep)),
    fc
      .array(fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 12 })), { maxLength: 8 })
      .map((edits) => garble(file, edits)),
  ),
);

function pick(file: TableFile, columns: readonly number[]): TableFile {
  return {
    ...file,
    header: columns.map((i) => file.header[i]!),
    rows: file.rows.map((row) => columns.map((i) => row[i]!)),
  };
}

function garble(file: TableFile, edits: readonly [number, number, string][]): TableFile {
  const rows = file.rows.map((row) => [...row]);
  for (const [r, c, text] of edits) {
    const row = rows[r % Math.max(rows.length, 1)];
    if (row) row[c % row.length] = text;
  }
  return { ...file, rows };
}

function dataRowCount(file: TableFile): number {
  // A lone empty cell renders as `""`, which reads as a blank line and is no row.
  return file.rows.filter((row) => !(row.length === 1 && row[0] === '')).length;
}

const REASONS = new Set([
  'unreadable',
  'wrong_field_count',
  'missing_column',
  'missing_post_id',
  'duplicate_post_id',
  'missing_date',
  'bad_date',
  'no_export_date',
  'not_a_number',
  'not_an_object',
]);

function expectWellFormed(rows: readonly ImportRow[]) {
  let last = 0;
  for (const row of rows) {
    expect(Number.isInteger(row.line) && row.line >= 1).toBe(true);
    if (row.kind === 'rejected') expect(REASONS.has(row.reason)).toBe(true);
    if (row.kind === 'problem') continue;
    expect(row.line).toBeGreaterThan(last);
    last = row.line;
  }
}

const RUNS = { numRuns: 80 };

describe('importing random files', () => {
  it('accounts for every data row of a mutated file, never throwing', async () => {
    await fc.assert(
      fc.asyncProperty(mutated, fc.integer({ min: 1, max: 64 }), async (file, chunkSize) => {
        const bytes = encodeText(render(file), file.encoding);
        const { summary, rows } = await runImport(bytes, { ...file.options, format: file.format }, chunkSize);
        expectWellFormed(rows);
        expect(summary.rows).toBe(dataRowCount(file));
        expect(summary.posts + summary.valueRows + summary.rejectedCount).toBe(summary.rows);
      }),
      RUNS,
    );
  });

  it('detects and imports an unmutated file without rejections', async () => {
    await fc.assert(
      fc.asyncProperty(anyTable, async (file) => {
        const { summary } = await runImport(encodeText(render(file), file.encoding), file.options, 13);
        expect(summary.format).toBe(file.format);
        expect(summary.rows).toBe(dataRowCount(file));
        // The generated counts include -3, which only a follower count cannot be.
        const allowed = file.format === 'tiktok_follower_history' ? ['not_a_number'] : [];
        expect(summary.rejected.filter((r) => !allowed.includes(r.reason))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('survives truncation anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(anyTable, fc.double({ min: 0, max: 1, noNaN: true }), async (file, at) => {
        const bytes = encodeText(render(file), file.encoding);
        const cut = bytes.subarray(0, Math.floor(bytes.length * at));
        const { summary, rows } = await runImport(cut, { ...file.options, format: file.format }, 5);
        expectWellFormed(rows);
        expect(summary.rows).toBeLessThanOrEqual(dataRowCount(file) + 1);
        expect(summary.posts + summary.valueRows + summary.rejectedCount).toBe(summary.rows);
      }),
      RUNS,
    );
  });

  it('survives random bytes in every format and in detection', async () => {
    const formats: ImportFormat[] = [
      'meta_posts',
      'meta_daily',
      'meta_audience',
      'tiktok_content',
      'tiktok_overview',
      'tiktok_follower_history',
      'instagram_json',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.string({ maxLength: 200 }).map((s) => encodeText(s)),
        ),
        fc.constantFrom<ImportFormat | undefined>(undefined, ...formats),
        async (bytes, format) => {
          const { rows } = await runImport(bytes, { format, today: '2026-07-01' }, 3);
          expectWellFormed(rows);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('survives random JSON posts', async () => {
    const post = fc.record(
      {
        media: fc.array(
          fc.record(
            { uri: fc.string(), creation_timestamp: fc.integer(), title: fc.string() },
            { requiredKeys: [] },
          ),
          {
            maxLength: 3,
          },
        ),
        title: fc.string(),
        creation_timestamp: fc.oneof(fc.integer(), fc.double()),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(post, fc.jsonValue()), { maxLength: 8 }), async (items) => {
        const { summary, rows } = await runImport(
          encodeText(JSON.stringify(items, null, 1), 'utf-8', false),
          { format: 'instagram_json' },
          11,
        );
        expectWellFormed(rows);
        expect(summary.rows).toBe(items.length);
      }),
      RUNS,
    );
  });
});
