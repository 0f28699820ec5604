import { describe, expect, it } from 'vitest';
import { en } from '../i18n/messages/en.ts';
import { id } from '../i18n/messages/id.ts';
import { createTranslator } from '../i18n/translate.ts';
import { CAPTION_WARNING_CODES, type CaptionWarning, checkCaption } from './caption-checks.ts';
import { captionJson, captionWarningMessage } from './caption-messages.ts';

const tid = createTranslator('id', id);
const ten = createTranslator('en', en);

describe('warning messages, numbers formatted for the language', () => {
  it.each<[CaptionWarning, string, string]>([
    [
      { code: 'too_long', length: 2350, limit: 2200, platform: 'instagram' },
      'Keterangan 2.350 karakter, batas Instagram 2.200.',
      'The caption is 2,350 characters; the Instagram limit is 2,200.',
    ],
    [
      { code: 'long_first_line', length: 140, limit: 125 },
      'Baris pertama 140 karakter; pembaca hanya melihat sekitar 125 karakter sebelum "selengkapnya".',
      'The first line is 140 characters; readers see only about 125 before "more".',
    ],
    [
      { code: 'too_many_hashtags', count: 31, limit: 30 },
      '31 tagar: Instagram menolak lebih dari 30.',
      '31 hashtags: Instagram refuses more than 30.',
    ],
    [
      { code: 'many_hashtags', count: 6, limit: 5 },
      '6 tagar; lebih dari 5 terbaca sebagai kebisingan.',
      '6 hashtags; more than 5 reads as noise.',
    ],
    [
      { code: 'no_cta' },
      'Tidak ada ajakan bertindak (misalnya: ayo, dukung, bagikan, tanda tangani).',
      'No call to action (e.g. join, sign, share, follow).',
    ],
    [
      { code: 'jargon', terms: ['FoA', 'UMP'] },
      'Istilah atau singkatan yang belum dijelaskan: FoA, UMP.',
      'Jargon or acronyms not explained: FoA, UMP.',
    ],
    [
      { code: 'long_sentences', count: 2, limit: 25 },
      'Kalimat lebih dari 25 kata: 2.',
      'Sentences longer than 25 words: 2.',
    ],
    [
      { code: 'shouting', words: 5, share: 0.625, run: 4 },
      'Terlalu banyak HURUF BESAR: 5 kata (63% dari semua kata), paling banyak 4 berturut-turut.',
      'Too much ALL CAPS: 5 words (63% of all words), up to 4 in a row.',
    ],
    [
      { code: 'emoji_heavy', count: 4, per100Words: 12.5 },
      '4 emoji, 12,5 per 100 kata.',
      '4 emoji, 12.5 per 100 words.',
    ],
    [
      { code: 'personal_data', count: 2, kinds: ['phone', 'email'] },
      'Mungkin ada data pribadi (2: nomor telepon, alamat email). Pastikan pemiliknya setuju sebelum diterbitkan.',
      'Possible personal data (2: phone number, email address). Make sure its owner agrees before publishing.',
    ],
  ])('%j', (warning, indonesian, english) => {
    expect(captionWarningMessage(tid.t, warning, 'id')).toBe(indonesian);
    expect(captionWarningMessage(ten.t, warning, 'en')).toBe(english);
  });

  it('Indonesian is the default language of the numbers', () => {
    expect(
      captionWarningMessage(tid.t, { code: 'too_long', length: 4001, limit: 4000, platform: 'tiktok' }),
    ).toBe('Keterangan 4.001 karakter, batas TikTok 4.000.');
  });
});

describe('the texts the UI shows for every check', () => {
  it.each([...CAPTION_WARNING_CODES, 'links', 'mentions'])(
    '%s has a title, what, why and fix in both languages',
    (code) => {
      for (const part of ['title', 'what', 'why', 'fix']) {
        const key = `caption.${code}.${part}`;
        expect(tid.has(key), key).toBe(true);
        expect(ten.has(key), key).toBe(true);
      }
    },
  );

  it.each(CAPTION_WARNING_CODES)('%s has a message in both languages', (code) => {
    expect(tid.has(`caption.${code}.message`)).toBe(true);
    expect(ten.has(`caption.${code}.message`)).toBe(true);
  });
});

describe('the JSON of lantang caption check', () => {
  it('has the documented keys, snake_case, with translated warnings', () => {
    const json = captionJson(checkCaption('Tolak omnibus! #Buruh'), ten.t, 'en');
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        'length',
        'first_line',
        'hashtags',
        'cta',
        'cta_phrases',
        'jargon',
        'words_per_sentence',
        'long_sentences',
        'emoji',
        'personal_data',
        'warnings',
      ]),
    );
    expect(json.warnings).toEqual([
      { code: 'no_cta', message: 'No call to action (e.g. join, sign, share, follow).' },
      { code: 'jargon', message: 'Jargon or acronyms not explained: omnibus.' },
    ]);
    expect(json.hashtags).toEqual(['#Buruh']);
  });
});
