import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { encodeText } from './decode.ts';
import { detectFormat } from './detect.ts';
import { fixtureBytes, postsOf, rejectionsOf, runImport } from './fixtures.test-data.ts';
import { openImport } from './import-file.ts';
import { isForeignPost } from './owner.ts';

const JAKARTA = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h - 7, min);

describe('Meta Business Suite posts', () => {
  it('reads an Indonesian Instagram export: headers, Lifetime, post types and dotted thousands', async () => {
    const { summary, rows } = await runImport(fixtureBytes('meta-posts-instagram-id.csv'));
    expect(summary).toMatchObject({
      format: 'meta_posts',
      platform: 'instagram',
      language: 'id',
      rows: 3,
      posts: 3,
    });
    expect(summary.rejected).toEqual([]);
    const [reel, image, carousel] = postsOf(rows);
    expect(reel).toEqual({
      platformPostId: '9100000000000001',
      ownerAccountId: '9200000000000001',
      ownerHandle: 'sp.contoh',
      publishedAt: JAKARTA(2026, 5, 1, 9, 15),
      type: 'reel',
      typeLabel: 'Reel IG',
      caption: 'Aksi damai hari ini ✊🏽\n\nTerima kasih kawan-kawan! 🙏\n#upahlayak #serikat',
      permalink: 'https://www.instagram.com/reel/EXAMPLE0001/',
      durationSeconds: 31,
      metrics: {
        views: 1234,
        reach: 800,
        likes: 95,
        reactions: null,
        comments: 7,
        shares: 12,
        saves: 4,
        follows: 3,
        clicks: null,
      },
    });
    expect([image?.type, carousel?.type]).toEqual(['image', 'carousel']);
    // The caption spans four lines: the next record starts on line 6.
    expect(rows.map((row) => row.line)).toEqual([2, 6, 7]);
  });

  it('reads columns in any order, reports a bad date and a repeat, and finds the collab post', async () => {
    const { summary, rows } = await runImport(fixtureBytes('meta-posts-instagram-en.csv'));
    expect(summary).toMatchObject({
      format: 'meta_posts',
      platform: 'instagram',
      language: 'en',
      rows: 5,
      posts: 3,
    });
    expect(rejectionsOf(rows)).toEqual(['6:bad_date:Publish time', '7:duplicate_post_id:Post ID']);
    expect(summary.ownAccount).toEqual({ accountId: '8200000000000001', handle: 'union.example', posts: 2 });
    expect(summary.foreignPosts).toBe(1);
    const posts = postsOf(rows);
    expect(posts.filter((post) => isForeignPost(post, summary.ownAccount)).map((p) => p.ownerHandle)).toEqual(
      ['partner.news'],
    );
    expect(posts[0]?.metrics.views).toBe(1520);
    expect(posts[1]?.metrics).toMatchObject({ reach: null, saves: null, follows: null, clicks: null });
  });

  it('reads a Facebook Page export with a comma inside a header and reactions instead of likes', async () => {
    const { summary, rows } = await runImport(fixtureBytes('meta-posts-facebook-en.csv'), {
      timeZone: 'UTC',
    });
    expect(summary).toMatchObject({ format: 'meta_posts', platform: 'facebook', rows: 3, posts: 3 });
    const [photo, video, link] = postsOf(rows);
    expect(photo).toMatchObject({
      ownerAccountId: '7100000000000001',
      ownerHandle: 'Example Workers Union',
      publishedAt: Date.UTC(2026, 4, 1, 6, 0),
      type: 'image',
      caption: 'Join the May Day march, 10:00 at the square.',
      metrics: {
        views: 5400,
        reach: 3100,
        likes: null,
        reactions: 210,
        comments: 30,
        shares: 20,
        clicks: 95,
      },
    });
    expect(video).toMatchObject({ type: 'video', durationSeconds: 184.5, caption: 'Watch the full speech' });
    expect(link?.type).toBe('link');
  });

  it('lets the caller say the platform and reports a time zone it does not know', async () => {
    const bytes = fixtureBytes('meta-posts-instagram-id.csv');
    expect((await runImport(bytes, { platform: 'facebook' })).summary.platform).toBe('facebook');
    const { summary } = await runImport(bytes, { timeZone: 'Mars/Olympus' });
    expect(summary.problems).toEqual([{ line: 1, reason: 'bad_time_zone' }]);
  });

  it('reports a missing required column once and rejects each row for it', async () => {
    const csv = '"Post ID","Publish time",Views\n1,"05/01/2026 10:00",3\n';
    const withoutTime = csv.replace('"Publish time"', '"Account ID"');
    const { summary } = await runImport(encodeText(withoutTime), { format: 'meta_posts' });
    expect(summary.problems).toEqual([{ line: 1, reason: 'missing_column', column: 'Publish time' }]);
    expect(summary.rejected).toEqual([{ line: 2, reason: 'missing_column', column: 'Publish time' }]);
  });

  it.each([
    ['a short row', '1,"05/01/2026 10:00"', 'wrong_field_count'],
    ['no post id', ',"05/01/2026 10:00",3', 'missing_post_id:Post ID'],
    ['no publish time', '1,,3', 'missing_date:Publish time'],
    ['text for a number', '1,"05/01/2026 10:00",many', 'not_a_number:Views'],
    ['a decimal view count', '1,"05/01/2026 10:00",1.5', 'not_a_number:Views'],
  ])('rejects %s with a reason', async (_label, row, expected) => {
    const { rows } = await runImport(encodeText(`"Post ID","Publish time",Views\n${row}\n`));
    expect(rejectionsOf(rows)).toEqual([`2:${expected}`]);
  });
});

describe('Meta Business Suite daily and audience files', () => {
  it('reads a UTF-16LE daily file with its sep line and metric name', async () => {
    const text =
      'sep=,\n"Jangkauan"\n"Tanggal","Utama"\n"2026-03-01T00:00:00","0"\n"2026-03-02T00:00:00","1.204"\n"2026-03-03T00:00:00","x"\n\n';
    const { summary, rows } = await runImport(
      encodeText(text, 'utf-16le'),
      { fileName: 'acct_Reach.csv' },
      3,
    );
    expect(summary).toMatchObject({ format: 'meta_daily', language: 'id', rows: 3, valueRows: 2 });
    expect(rows.flatMap((row) => (row.kind === 'values' ? row.values : []))).toEqual([
      { date: '2026-03-01', metric: 'reach', value: 0 },
      { date: '2026-03-02', metric: 'reach', value: 1204 },
    ]);
    expect(rejectionsOf(rows)).toEqual(['6:not_a_number:Utama']);
  });

  const audience = [
    'sep=,',
    '"Instagram followers"',
    '"IG_ACCOUNT,FOLLOW,UNIQUE_USERS"',
    '"2480"',
    '',
    '"Instagram followers by gender and age"',
    '"Age","Women","Men"',
    '"18-24","10.5%","12%"',
    '',
    '"Instagram followers by top cities"',
    '"Top cities","Value"',
    '"Jakarta, Indonesia","31.2%"',
    '',
  ].join('\n');

  it('takes the follower count from the audience file, dated by the export date', async () => {
    const bytes = encodeText(audience, 'utf-16le');
    const { summary, rows } = await runImport(bytes, { exportDate: '2026-07-01', today: '2026-07-04' });
    expect(summary).toMatchObject({ format: 'meta_audience', platform: 'instagram', rows: 1, snapshots: 1 });
    expect(rows).toEqual([
      { kind: 'values', line: 4, values: [], followers: { date: '2026-07-01', followers: 2480 } },
    ]);
    const undated = await runImport(bytes);
    expect(rejectionsOf(undated.rows)).toEqual(['4:no_export_date']);
    const today = await runImport(bytes, { today: '2026-07-04' });
    expect(today.rows[0]).toMatchObject({ followers: { date: '2026-07-04' } });
  });
});

describe('TikTok Studio', () => {
  it('reads Content in English across a new year, from the Time column', async () => {
    const { summary, rows } = await runImport(fixtureBytes('tiktok-content-en.csv'), { today: '2027-01-20' });
    expect(summary).toMatchObject({ format: 'tiktok_content', platform: 'tiktok', language: 'en', posts: 3 });
    const posts = postsOf(rows);
    expect(posts.map((p) => [p.platformPostId, p.publishedAt, p.type])).toEqual([
      ['7400000000000000001', JAKARTA(2027, 1, 3), 'video'],
      ['7400000000000000002', JAKARTA(2026, 12, 30), 'video'],
      ['7400000000000000003', JAKARTA(2026, 12, 13), 'carousel'],
    ]);
    expect(posts[0]).toMatchObject({
      ownerHandle: 'union.example',
      caption: 'New year, same fight 💪 #union',
      metrics: { views: 3400, reach: null, likes: 120, comments: 8, shares: 5 },
    });
    expect(summary.ownAccount?.handle).toBe('union.example');
  });

  it('reads Content with Indonesian month names, and an export date from the caller first', async () => {
    const { summary, rows } = await runImport(fixtureBytes('tiktok-content-id.csv'), {
      exportDate: '2025-08-10',
    });
    expect(summary).toMatchObject({ format: 'tiktok_content', language: 'id', posts: 3 });
    expect(postsOf(rows).map((p) => p.publishedAt)).toEqual([
      JAKARTA(2025, 7, 8),
      JAKARTA(2025, 8, 1),
      JAKARTA(2025, 6, 13),
    ]);
  });

  it('rejects yearless rows when nothing dates the export', async () => {
    const { summary } = await runImport(fixtureBytes('tiktok-content-id.csv'));
    expect(summary.problems).toEqual([{ line: 2, reason: 'no_export_date' }]);
    expect(summary.rejected.map((r) => r.reason)).toEqual([
      'no_export_date',
      'no_export_date',
      'no_export_date',
    ]);
  });

  it('reads FollowerHistory: undefined counts are no snapshot, losses are negative changes', async () => {
    const { summary, rows } = await runImport(fixtureBytes('tiktok-follower-history.csv'), {
      today: '2027-01-05',
    });
    expect(summary).toMatchObject({ format: 'tiktok_follower_history', rows: 5, snapshots: 3, values: 5 });
    const values = rows.flatMap((row) => (row.kind === 'values' ? row.values : []));
    expect(values.map((v) => `${v.date}:${v.value}`)).toEqual([
      '2026-12-29:0',
      '2026-12-30:2',
      '2026-12-31:3',
      '2027-01-01:-3',
      '2027-01-02:6',
    ]);
    expect(values[0]?.metric).toBe('follower_change');
    const snapshots = rows.flatMap((row) => (row.kind === 'values' && row.followers ? [row.followers] : []));
    expect(snapshots).toEqual([
      { date: '2026-12-31', followers: 412 },
      { date: '2027-01-01', followers: 409 },
      { date: '2027-01-02', followers: 415 },
    ]);
  });

  it('reads Overview into one daily value per metric', async () => {
    const { summary, rows } = await runImport(fixtureBytes('tiktok-overview.csv'), {
      exportDate: '2026-06-30',
    });
    expect(summary).toMatchObject({ format: 'tiktok_overview', rows: 3, values: 15 });
    expect(rows[1]).toEqual({
      kind: 'values',
      line: 3,
      followers: null,
      values: [
        { date: '2026-03-02', metric: 'video_views', value: 340 },
        { date: '2026-03-02', metric: 'profile_views', value: 9 },
        { date: '2026-03-02', metric: 'likes', value: 25 },
        { date: '2026-03-02', metric: 'comments', value: 3 },
        { date: '2026-03-02', metric: 'shares', value: 2 },
      ],
    });
  });

  it('reads the same Content from an XLSX workbook, lines being row numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow([
      'Time',
      'Video title',
      'Video link',
      'Post time',
      'Total likes',
      'Total comments',
      'Total shares',
      'Total views',
    ]);
    sheet.addRow([
      '8 Juli',
      'Satu',
      { text: 'tautan', hyperlink: 'https://www.tiktok.com/@sp.contoh/video/7500000000000000009' },
      '2 Juli',
      5,
      1,
      0,
      300,
    ]);
    sheet.addRow([
      '8 Juli',
      'Dua',
      'https://www.tiktok.com/@sp.contoh/video/7500000000000000010',
      'kemarin',
      5,
      1,
      0,
      300,
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { summary, rows } = await runImport(bytes, { fileName: 'Content.xlsx', today: '2026-07-09' });
    expect(summary).toMatchObject({ format: 'tiktok_content', language: 'id', rows: 2, posts: 1 });
    expect(postsOf(rows)[0]).toMatchObject({
      platformPostId: '7500000000000000009',
      publishedAt: JAKARTA(2026, 7, 2),
    });
    expect(rejectionsOf(rows)).toEqual(['3:bad_date:Post time']);
  });

  it('reports a damaged workbook instead of throwing', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const { summary } = await runImport(bytes);
    expect(summary.problems).toEqual([{ line: 1, reason: 'unreadable' }]);
  });
});

describe('Instagram posts JSON', () => {
  it('re-decodes the Latin-1-escaped text and derives type, date and id from the media', async () => {
    const { summary, rows } = await runImport(fixtureBytes('instagram-posts_1.json'), {}, 5);
    expect(summary).toMatchObject({ format: 'instagram_json', platform: 'instagram', posts: 3, rows: 3 });
    expect(postsOf(rows).map((p) => [p.platformPostId, p.type, p.publishedAt, p.caption])).toEqual([
      ['media/posts/202605/example_single_1001.jpg', 'image', 1777600000000, 'Solidarity forever ✊'],
      ['media/posts/202605/example_multi_2001.jpg', 'carousel', 1777700001000, 'Rapat akbar 🇮🇩 café'],
      ['media/posts/202605/example_video_3001.mp4', 'video', 1777800000000, null],
    ]);
  });

  it.each([
    [
      'a damaged post among good ones',
      '[{"media":[{"uri":"a","creation_timestamp":1}]},{"media": tru}, 3]',
      ['1:unreadable', '1:not_an_object'],
    ],
    ['a post without media', '[\n{"title":"x","creation_timestamp":1}\n]', ['2:missing_post_id:media.uri']],
    ['a post without a date', '[\n{"media":[{"uri":"a"}]}\n]', ['2:missing_date:creation_timestamp']],
    [
      'a cut file',
      '[\n{"media":[{"uri":"a","creation_timestamp":1}]},\n{"media":[{"uri":"b"',
      ['3:unreadable'],
    ],
  ])('rejects %s', async (_label, json, expected) => {
    const { rows } = await runImport(encodeText(json, 'utf-8', false), { format: 'instagram_json' });
    expect(rejectionsOf(rows)).toEqual(expected);
  });
});

describe('a CSV with a column mapping', () => {
  const csv =
    'id;when;kind;text;seen\n'.replace(/;/g, ',') +
    'a1,2026-05-01T10:00:00Z,Reel,Hello,"1,200"\na2,1777600000,Photo,,\na3,yesterday,,,\n';

  it('imports mapped columns, by name and in any case', async () => {
    const mapping = { post_id: 'ID', published_at: 'When', type: 'kind', caption: 'text', views: 'seen' };
    const { summary, rows } = await runImport(encodeText(csv), { mapping });
    expect(summary).toMatchObject({ format: 'generic', rows: 3, posts: 2 });
    expect(
      postsOf(rows).map((p) => [p.platformPostId, p.publishedAt, p.type, p.caption, p.metrics.views]),
    ).toEqual([
      ['a1', Date.UTC(2026, 4, 1, 10), 'reel', 'Hello', 1200],
      ['a2', 1777600000000, 'image', null, null],
    ]);
    expect(rejectionsOf(rows)).toEqual(['4:bad_date:When']);
  });

  it('reports a mapped column the file lacks', async () => {
    const { summary } = await runImport(encodeText(csv), {
      mapping: { post_id: 'id', published_at: 'when', reach: 'reach' },
    });
    expect(summary.problems).toEqual([{ line: 1, reason: 'missing_column', column: 'reach' }]);
    expect(summary.posts).toBe(2);
  });

  it('leaves an unknown file to a mapping', async () => {
    const { summary } = await runImport(encodeText(csv));
    expect(summary).toMatchObject({
      format: 'unknown',
      rows: 0,
      problems: [{ line: 1, reason: 'unknown_format' }],
    });
  });
});

describe('detecting the format', () => {
  it.each([
    ['meta-posts-instagram-id.csv', 'meta_posts', 'instagram', 'id'],
    ['meta-posts-instagram-en.csv', 'meta_posts', 'instagram', 'en'],
    ['meta-posts-facebook-en.csv', 'meta_posts', 'facebook', 'en'],
    ['tiktok-content-en.csv', 'tiktok_content', 'tiktok', 'en'],
    ['tiktok-content-id.csv', 'tiktok_content', 'tiktok', 'id'],
    ['tiktok-follower-history.csv', 'tiktok_follower_history', 'tiktok', 'en'],
    ['tiktok-overview.csv', 'tiktok_overview', 'tiktok', 'en'],
    ['instagram-posts_1.json', 'instagram_json', 'instagram', null],
  ])('%s is %s on %s in %s', async (name, format, platform, language) => {
    const detection = await detectFormat({ fileName: name, head: fixtureBytes(name).subarray(0, 1000) });
    expect(detection).toEqual({ format, platform, language, xlsx: false });
  });

  it('detects a Greek TikTok file by its month names', async () => {
    const head = '"Date","Followers","Difference in followers from previous day"\n"2 Μαρτίου","10","1"\n';
    expect((await detectFormat({ head })).language).toBe('el');
  });

  it('says when the bytes are a workbook', async () => {
    const detection = await detectFormat({ head: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]) });
    expect(detection.xlsx).toBe(true);
  });
});

describe('streaming', () => {
  it('yields the first post long before the source is read to its end', async () => {
    const rows = 20_000;
    let pulled = 0;
    async function* source(): AsyncGenerator<Uint8Array> {
      yield encodeText('"Post ID","Publish time",Description,Views\n');
      for (let i = 0; i < rows; i += 100) {
        pulled = i;
        let text = '';
        for (let j = i; j < i + 100; j++)
          text += `${j},"05/01/2026 10:00","Caption ${j}\nwith two lines ✊",${j}\n`;
        yield encodeText(text, 'utf-8', false);
      }
      pulled = rows;
    }
    const opened = await openImport(source());
    let seen = 0;
    let pulledAtFirst = -1;
    let lastLine = 0;
    for await (const row of opened.rows) {
      if (row.kind !== 'post') continue;
      if (seen === 0) pulledAtFirst = pulled;
      seen++;
      lastLine = row.line;
    }
    expect(pulledAtFirst).toBeLessThan(rows / 2);
    expect(seen).toBe(rows);
    expect(lastLine).toBe(1 + 2 * (rows - 1) + 1);
  });
});
