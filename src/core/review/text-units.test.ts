import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  countEmoji,
  findEntities,
  firstLineOf,
  sentenceLengths,
  syllablesOf,
  wordsOf,
} from './text-units.ts';

describe('code points and emoji', () => {
  it.each([
    ['plain Indonesian', 'Upah layak', 10, 0],
    ['an emoji is one code point, two UTF-16 units', 'Aksi 🔥', 6, 1],
    ['a flag is two code points, one emoji', '🇮🇩', 2, 1],
    ['a ZWJ family is seven code points, one emoji', '👨‍👩‍👧‍👦', 7, 1],
    ['a skin tone is part of its emoji', '✊🏽✊🏽', 4, 2],
    ['a keycap is one emoji', '1️⃣ dua', 7, 1],
    ['a heart with the emoji selector is one emoji', '❤️', 2, 1],
    ['© without the emoji selector is text', '© Serikat', 9, 0],
    ['accents in English', 'café', 4, 0],
  ])('%s', (_label, text, length, emoji) => {
    expect(codePointLength(text)).toBe(length);
    expect(countEmoji(text)).toBe(emoji);
  });
});

describe('first line', () => {
  const long = 'a'.repeat(130);
  it.each([
    ['the text before the first line break', 'Upah layak!\nBaris dua', 'Upah layak!', 11],
    ['Windows line breaks', 'Fair pay now\r\nSecond line', 'Fair pay now', 12],
    ['leading blank lines are skipped, trailing spaces dropped', '\n\n  Ayo  \nlagi', 'Ayo', 3],
    ['no break and short: the whole caption', 'Hanya satu baris', 'Hanya satu baris', 16],
    ['no break and long: the first 125 code points', long, 'a'.repeat(125), 130],
    ['a long line before a break is kept whole', `${long}\nb`, long, 130],
  ])('%s', (_label, text, shown, length) => {
    expect(firstLineOf(text, 125)).toEqual({ shown, length });
  });

  it('never cuts an emoji in half', () => {
    const text = `${'a'.repeat(124)}🇮🇩 lagi`;
    expect(firstLineOf(text, 125).shown).toBe('a'.repeat(124));
  });
});

describe('links, emails, mentions and hashtags', () => {
  it.each([
    [
      'Indonesian caption',
      'Tanda tangani di https://s.id/upah. Info: sekretariat@serikat.or.id, @serikat.buruh #BuruhBersatu',
      ['https://s.id/upah'],
      ['sekretariat@serikat.or.id'],
      ['@serikat.buruh'],
      ['#BuruhBersatu'],
    ],
    [
      'English caption, bare domains',
      'Sign at bit.ly/fairpay (or www.union.org/join). Thanks @ITUC! #FairPay #1',
      ['bit.ly/fairpay', 'www.union.org/join'],
      [],
      ['@ITUC'],
      ['#FairPay'],
    ],
    ['no false links', 'Beras, minyak, dll. Upah 10.000 naik.', [], [], [], []],
    ['C# and page#top are not hashtags', 'C# dan halaman#atas', [], [], [], []],
    [
      'a mention inside a link is the link',
      'https://medium.com/@serikat/upah',
      ['https://medium.com/@serikat/upah'],
      [],
      [],
      [],
    ],
  ])('%s', (_label, text, links, emails, mentions, hashtags) => {
    const e = findEntities(text);
    expect(e.links.map((s) => s.text)).toEqual(links);
    expect(e.emails.map((s) => s.text)).toEqual(emails);
    expect(e.mentions.map((s) => s.text)).toEqual(mentions);
    expect(e.hashtags.map((s) => s.text)).toEqual(hashtags);
    expect(e.prose.length).toBe(text.length);
  });
});

describe('words and sentences', () => {
  it('keeps reduplication, contractions and numbers whole', () => {
    expect(wordsOf("anak-anak don't bayar Rp10.000,-").map((w) => w.text)).toEqual([
      'anak-anak',
      "don't",
      'bayar',
      'Rp10.000',
    ]);
  });

  it.each([
    ['full stops, exclamation and question marks', 'Upah naik. Kapan? Sekarang juga!', [2, 1, 2]],
    ['line breaks end sentences', 'Hidup buruh\nHidup rakyat', [2, 2]],
    ['numbers with dots do not', 'Upah Rp2.500.000 per bulan.', [4]],
    ['title abbreviations do not', 'Aksi di Jl. Sudirman No. 12 pukul 10.00.', [8]],
    ['"dll." before a lowercase word does not', 'beras, minyak, dll. juga naik.', [5]],
    ['"dll." before a capital does', 'beras, minyak, dll. Besok aksi.', [3, 2]],
    ['ellipses do', 'Kami menunggu… Lama sekali...', [2, 2]],
    ['English abbreviations', 'We ask e.g. Mr. Smith to act. Now!', [7, 1]],
    ['lines without words are not sentences', '🔥🔥\n\nAyo!', [1]],
  ])('%s', (_label, text, lengths) => {
    expect(sentenceLengths(findEntities(text).prose)).toEqual(lengths);
  });
});

describe('syllables by vowel groups', () => {
  it.each([
    ['buruh', 2],
    ['bersatu', 3],
    ['perusahaan', 5],
    ['pantai', 2],
    ['pulau', 2],
    ['survei', 2],
    ['PHK', 1],
    ['solidarity', 4],
    ['union', 3],
  ])('%s → %i', (word, expected) => {
    expect(syllablesOf(word)).toBe(expected);
  });
});
