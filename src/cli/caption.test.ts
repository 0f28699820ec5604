import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runLantang } from './run-cli.test-support.ts';

const dir = mkdtempSync(join(tmpdir(), 'lantang-caption-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const check = (args: string[], input: string) => runLantang(['caption', 'check', ...args], {}, { input });
const json = async (args: string[], input: string) => {
  const result = await check([...args, '--json'], input);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
};

describe('lantang caption check --json', () => {
  it('reports every check of an Indonesian caption, warnings in Indonesian by default', async () => {
    const caption = [
      `${'Upah layak adalah hak setiap buruh di negeri ini tanpa kecuali dan tanpa tawar-menawar lagi. '.repeat(25)}`,
      'Kami menolak omnibus dan menuntut FoA. Hubungi Rina di 0812-3456-7890. 🔥✊🏽',
      '#BuruhBersatu #upahlayak2026 #buruhbersatu',
    ].join('\n');
    const report = await json([], `${caption}\n`);
    expect(report).toMatchObject({
      length: [...caption].length,
      first_line_length: [...caption.split('\n')[0]!.trimEnd()].length,
      hashtags: ['#BuruhBersatu', '#upahlayak2026'],
      cta: true,
      cta_phrases: ['Hubungi'],
      jargon: ['omnibus', 'FoA'],
      long_sentences: 0,
      emoji: 2,
      personal_data: [{ kind: 'phone', text: '0812-3456-7890' }],
    });
    expect(typeof report.first_line).toBe('string');
    expect(typeof report.words_per_sentence).toBe('number');
    expect(report.warnings.map((w: { code: string }) => w.code)).toEqual([
      'too_long',
      'long_first_line',
      'jargon',
      'personal_data',
    ]);
    expect(report.warnings[0].message).toBe(
      `Keterangan ${[...caption].length.toLocaleString('id-ID')} karakter, batas Instagram 2.200.`,
    );
  });

  it('checks against the chosen platform and writes the warnings in English when asked', async () => {
    const caption = `Join the union today, sign the petition and share it! ${'x'.repeat(2300)}`;
    const onTikTok = await json(['--platform', 'tiktok', '--lang', 'en'], caption);
    expect(onTikTok.warnings.map((w: { code: string }) => w.code)).toEqual(['long_first_line']);
    expect(onTikTok.cta_phrases).toEqual(['Join', 'sign the petition', 'share']);
    const onInstagram = await json(['--lang', 'en'], caption);
    expect(onInstagram.warnings[0]).toEqual({
      code: 'too_long',
      message: 'The caption is 2,354 characters; the Instagram limit is 2,200.',
    });
  });

  it('finds the English problems: no call to action, hashtags, capitals, long sentences, personal data', async () => {
    const caption = [
      'WORKERS DEMAND FAIR PAY NOW',
      `${Array.from({ length: 30 }, () => 'word').join(' ')}.`,
      'Write to jane.doe@example.com about the CBA.',
      Array.from({ length: 31 }, (_, i) => `#tag${i}`).join(' '),
    ].join('\r\n');
    const report = await json(['--lang', 'en'], caption);
    expect(report.cta).toBe(false);
    expect(report.hashtags).toHaveLength(31);
    expect(report.long_sentences).toBe(1);
    expect(report.jargon).toEqual(['CBA']);
    expect(report.personal_data).toEqual([{ kind: 'email', text: 'jane.doe@example.com' }]);
    // The file's Windows line endings are not part of the caption.
    expect(report.length).toBe([...caption.replace(/\r\n/g, '\n')].length);
    expect(report.warnings.map((w: { code: string }) => w.code)).toEqual([
      'too_many_hashtags',
      'no_cta',
      'jargon',
      'long_sentences',
      'shouting',
      'personal_data',
    ]);
  });

  it('reads a named file too', async () => {
    const file = join(dir, 'caption.txt');
    writeFileSync(file, '\uFEFFYuk gabung!\n');
    const result = await runLantang(['caption', 'check', file, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      length: 11,
      cta_phrases: ['Yuk', 'gabung'],
      warnings: [],
    });
  });
});

describe('lantang caption check, for people', () => {
  it('prints a short summary in the chosen language', async () => {
    const result = await check(['--lang', 'en'], 'Fair pay now! #FairPay');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Length: 22 characters (Instagram limit: 2,200)');
    expect(result.stdout).toContain('Hashtags (1): #FairPay');
    expect(result.stdout).toContain('No call to action (e.g. join, sign, share, follow). [no_cta]');
  });
});

describe('wrong usage exits with 2 and a message in the terminal language', () => {
  it.each([
    [
      ['caption', 'check', '--platform', 'myspace'],
      'Unknown platform myspace. Choose one of: instagram, tiktok, facebook.',
    ],
    [['caption', 'check', '--lang', 'fr'], 'Unknown language fr. Choose one of: id, en.'],
    [['caption', 'grade'], 'Unknown command: caption grade'],
    [['caption', 'check', join(tmpdir(), 'no-such-caption.txt')], 'not found'],
  ])('%j', async (args, message) => {
    const result = await runLantang(args, {}, { input: 'Ayo!' });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  it('the help lists the command', async () => {
    const result = await runLantang(['--help']);
    expect(result.stdout).toContain('caption check [--platform instagram|tiktok|facebook] [--lang id|en]');
  });
});
