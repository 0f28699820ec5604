import { describe, expect, it } from 'vitest';
import { type CaptionOptions, type CaptionWarningCode, checkCaption } from './caption-checks.ts';

const codes = (text: string, options?: CaptionOptions) =>
  checkCaption(text, options).warnings.map((w) => w.code);
const tags = (n: number, prefix = 'tag') =>
  Array.from({ length: n }, (_, i) => `#${prefix}${i + 1}`).join(' ');
/** A sentence of `n` words. */
const sentence = (n: number, word = 'kata') => `${Array.from({ length: n }, () => word).join(' ')}.`;

describe('length against the platform limit', () => {
  it.each([
    ['Indonesian, at the Instagram limit', 'a'.repeat(2200), undefined, 2200, false],
    ['Indonesian, one over the Instagram limit', 'a'.repeat(2201), undefined, 2201, true],
    ['English, emoji count as one code point each', `${'b'.repeat(2199)}🔥`, 'instagram', 2200, false],
    ['English, over Instagram but within TikTok', 'c'.repeat(3000), 'tiktok', 3000, false],
    ['Indonesian, over TikTok', 'd'.repeat(4001), 'tiktok', 4001, true],
    ['English, Facebook', 'e'.repeat(63207), 'facebook', 63207, true],
  ] as const)('%s', (_label, text, platform, length, warned) => {
    const report = checkCaption(text, platform ? { platform } : {});
    expect(report.length).toBe(length);
    expect(report.warnings.some((w) => w.code === 'too_long')).toBe(warned);
  });

  it('reports the limit it compared with', () => {
    expect(checkCaption('x', { platform: 'tiktok' }).limit).toBe(4000);
    const warning = checkCaption('a'.repeat(2350)).warnings.find((w) => w.code === 'too_long');
    expect(warning).toEqual({ code: 'too_long', length: 2350, limit: 2200, platform: 'instagram' });
  });
});

describe('first line before "more"', () => {
  it.each([
    ['Indonesian, short first line', 'Upah layak, sekarang!\nAyo dukung.', 'Upah layak, sekarang!', false],
    ['English, short first line', 'Fair pay now.\nJoin us.', 'Fair pay now.', false],
    ['exactly 125 code points', `${'a'.repeat(125)}\nb`, 'a'.repeat(125), false],
    ['126 code points before the break', `${'a'.repeat(126)}\nb`, 'a'.repeat(126), true],
    ['no break: the first 125 are shown, all 200 counted', 'a'.repeat(200), 'a'.repeat(125), true],
  ])('%s', (_label, text, firstLine, warned) => {
    const report = checkCaption(text);
    expect(report.firstLine).toBe(firstLine);
    expect(report.warnings.some((w) => w.code === 'long_first_line')).toBe(warned);
  });
});

describe('hashtags', () => {
  it.each([
    [
      'Indonesian, Unicode letters and digits, duplicates once in their first spelling',
      'Aksi hari ini #BuruhBersatu #upahlayak2026 #buruhbersatu #Tolak_PHK',
      ['#BuruhBersatu', '#upahlayak2026', '#Tolak_PHK'],
    ],
    ['English, punctuation ends a tag', 'Stand up! #FairPay, #UnionStrong.', ['#FairPay', '#UnionStrong']],
    ['numbers-only and C# are not tags', 'Nomor #1 di C#', []],
  ])('%s', (_label, text, expected) => {
    expect(checkCaption(text).hashtags).toEqual(expected);
  });

  it.each([
    [5, []],
    [6, ['many_hashtags']],
    [30, ['many_hashtags']],
    [31, ['too_many_hashtags']],
  ] as const)('%i hashtags → %j', (n, expected) => {
    const found = codes(`Ayo dukung! ${tags(n)}`).filter((c) => c.includes('hashtags'));
    expect(found).toEqual(expected);
  });

  it('counts each tag once towards the limits', () => {
    expect(codes(`Ayo! ${tags(5)} ${tags(5)}`)).not.toContain('many_hashtags');
  });
});

describe('call to action', () => {
  it.each([
    ['Indonesian invitation', 'Yuk, datang ke aksi besok!', ['Yuk']],
    ['Indonesian, stretched in chat style', 'Ayooo gabung sekarang', ['Ayooo', 'gabung']],
    ['Indonesian, with -lah', 'Dukunglah perjuangan kami dan bagikanlah.', ['Dukunglah', 'bagikanlah']],
    [
      'Indonesian phrases with any spacing',
      'Tanda  tangani petisinya, link di bio',
      ['Tanda tangani', 'link di bio'],
    ],
    ['Indonesian, each phrase once', 'Ikuti kami. ikuti terus!', ['Ikuti']],
    [
      'English phrases, the longest wins',
      'Sign the petition and share it. Link in bio.',
      ['Sign the petition', 'share', 'Link in bio'],
    ],
    ['English verbs', 'Follow us, register today, donate now', ['Follow', 'register', 'donate']],
  ])('%s', (_label, text, phrases) => {
    const report = checkCaption(text);
    expect(report.cta).toBe(true);
    expect(report.ctaPhrases).toEqual(phrases);
    expect(report.warnings.map((w) => w.code)).not.toContain('no_cta');
  });

  it.each([
    ['Indonesian report without an ask', 'Ribuan buruh berkumpul di depan gedung DPR hari ini.'],
    ['English report without an ask', 'Thousands of workers gathered in Jakarta today.'],
    ['words containing a call are not calls', 'Pendukung dan pengikut berkumpul; the signal was clear.'],
    ['a call inside a hashtag is a name, not a call', 'Aksi hari ini #DukungBuruh #ayo'],
  ])('%s → no_cta', (_label, text) => {
    const report = checkCaption(text);
    expect(report.cta).toBe(false);
    expect(report.ctaPhrases).toEqual([]);
    expect(codes(text)).toContain('no_cta');
  });
});

describe('jargon and unexplained acronyms', () => {
  it.each([
    [
      'Indonesian, list terms as written, each once',
      'Kami menolak Omnibus Law dan menuntut ratifikasi ILO C87. omnibus harus dicabut.',
      ['Omnibus', 'ILO C87'],
    ],
    [
      'English, list terms',
      'A Just Transition needs FoA and an end to union busting.',
      ['Just Transition', 'FoA', 'union busting'],
    ],
    ['an acronym explained after it', 'UMP (Upah Minimum Provinsi) harus naik.', []],
    ['an acronym explained before it', 'Upah Minimum Provinsi (UMP) harus naik. UMP kita rendah.', []],
    ['an acronym explained with "yaitu"', 'Tolak PKWT, yaitu kontrak kerja waktu tertentu.', []],
    ['an unexplained acronym off the list', 'KSBSI dan KSPI menolak.', ['KSBSI', 'KSPI']],
    ['an acronym with a suffix', 'Laporan ITUC-nya sudah terbit.', ['ITUC']],
    ['well-known acronyms are not jargon', 'PHK massal, kata DPR dan BPJS.', []],
    ['shouted words are not acronyms', 'HIDUP BURUH! Kami TOLAK upah murah.', []],
    ['English acronym explained', 'The ILO (International Labour Organization) agrees.', []],
    ['English acronym not explained', 'Our CBA expires and the OSH rules are weak.', ['CBA', 'OSH']],
  ])('%s', (_label, text, expected) => {
    const report = checkCaption(text);
    expect(report.jargon).toEqual(expected);
    expect(codes(text).includes('jargon')).toBe(expected.length > 0);
  });

  it("extends the list with the programme's own terms", () => {
    const text = 'Soal Dewan Pengupahan dan sistem kerja gig.';
    expect(checkCaption(text).jargon).toEqual([]);
    expect(checkCaption(text, { extraJargon: ['dewan pengupahan', ' kerja gig ', ''] }).jargon).toEqual([
      'Dewan Pengupahan',
      'kerja gig',
    ]);
  });

  it('reports the terms in the warning', () => {
    expect(checkCaption('Tolak omnibus!').warnings).toContainEqual({ code: 'jargon', terms: ['omnibus'] });
  });
});

describe('readability (heuristics)', () => {
  it.each([
    ['Indonesian, short sentences', 'Upah naik. Hidup buruh! Ayo bergabung.', 3, 2, 0],
    ['English, short sentences', 'Fair pay now. Join the union today!', 2, 3.5, 0],
    ['Indonesian, one sentence of 26 words', `${sentence(26)} Ayo.`, 2, 13.5, 1],
    ['English, 25 words is not long', sentence(25, 'word'), 1, 25, 0],
    ['hashtags, links and emoji are not words', 'Ayo 🔥 #Buruh https://s.id/x @serikat', 1, 1, 0],
  ])('%s', (_label, text, sentences, perSentence, long) => {
    const report = checkCaption(text);
    expect(report.sentences).toBe(sentences);
    expect(report.wordsPerSentence).toBeCloseTo(perSentence, 10);
    expect(report.longSentences).toBe(long);
    expect(codes(text).includes('long_sentences')).toBe(long > 0);
  });

  it('counts syllables per word by vowel groups', () => {
    // bu-ruh (2) ber-sa-tu (3) pan-tai (2): 7 syllables, 3 words.
    expect(checkCaption('Buruh bersatu pantai').syllablesPerWord).toBeCloseTo(7 / 3, 10);
  });

  it('has no figures for a caption without words', () => {
    const report = checkCaption('🔥 #aksi');
    expect(report.wordsPerSentence).toBeNull();
    expect(report.syllablesPerWord).toBeNull();
  });
});

describe('emoji', () => {
  it.each([
    ['Indonesian, a few emoji', `Aksi hari ini ✊🏽 ${sentence(20)}`, 1, false],
    ['English, flags and families count once', `${sentence(3, 'go')} 🇮🇩👨‍👩‍👧‍👦🔥`, 3, false],
    ['English, five emoji in ten words are heavy', `${sentence(10, 'go')} 🇮🇩👨‍👩‍👧‍👦🔥✊🏽💪`, 5, true],
    ['Indonesian, four emoji are never heavy', 'Ayo 🔥🔥💪✊', 4, false],
    ['Indonesian, five emoji in forty words are not heavy', `${sentence(40)} 🔥🔥💪✊📍`, 5, false],
    ['emoji only', '🔥🔥🔥🔥🔥', 5, true],
  ])('%s', (_label, text, count, heavy) => {
    const report = checkCaption(text);
    expect(report.emoji).toBe(count);
    expect(codes(text).includes('emoji_heavy')).toBe(heavy);
  });

  it('density is per 100 words', () => {
    expect(checkCaption(`${sentence(20)} 🔥🔥`).emojiDensity).toBeCloseTo(10, 10);
  });
});

describe('links and mentions', () => {
  it.each([
    [
      'Indonesian',
      'Daftar di s.id/gabung atau https://serikat.or.id/daftar. Terima kasih @kspi_id dan @ksbsi.official!',
      ['s.id/gabung', 'https://serikat.or.id/daftar'],
      ['@kspi_id', '@ksbsi.official'],
    ],
    ['English', 'Read more at www.ituc-csi.org/report, thanks @ITUC', ['www.ituc-csi.org/report'], ['@ITUC']],
    ['an email is neither', 'Tulis ke info@serikat.id', [], []],
  ])('%s', (_label, text, links, mentions) => {
    const report = checkCaption(text);
    expect(report.links).toEqual(links);
    expect(report.mentions).toEqual(mentions);
  });
});

describe('shouting', () => {
  it.each([
    ['Indonesian slogan in capitals', 'HIDUP BURUH! TOLAK UPAH MURAH', true, 5],
    ['English run of three', 'We say STOP POVERTY WAGES today', true, 3],
    ['two emphasised words in a long caption', `Kami TOLAK dan LAWAN ${sentence(10)}`, false, 2],
    ['more than 30 % in capitals', 'TOLAK upah MURAH sekarang', true, 2],
    ['acronyms are not shouting', 'UMP UMK PKWT BPJS PHK naik', false, 0],
    ['acronyms do not break a run', 'Kami bilang TOLAK UU CIPTA KERJA dan seterusnya sampai menang', true, 3],
    ['one shouted word is not shouting', 'STOP', false, 1],
    ['hashtags are not shouting', 'Ayo #TOLAKPHK #UPAHLAYAK #HIDUPBURUH', false, 0],
  ])('%s', (_label, text, shouting, shouted) => {
    const report = checkCaption(text);
    expect(report.shoutedWords).toBe(shouted);
    expect(codes(text).includes('shouting')).toBe(shouting);
  });
});

describe('possible personal data', () => {
  it.each([
    [
      'Indonesian mobile with dashes',
      'Hubungi Pak Budi 0812-3456-7890 ya',
      [{ kind: 'phone', text: '0812-3456-7890' }],
    ],
    ['+62 with spaces', 'WA: +62 812 3456 7890.', [{ kind: 'phone', text: '+62 812 3456 7890' }]],
    ['62 without plus', 'Kontak 6281234567890', [{ kind: 'phone', text: '6281234567890' }]],
    ['a number in a WhatsApp link', 'Chat wa.me/6281234567890', [{ kind: 'phone', text: '6281234567890' }]],
    ['a phone followed by a year', 'Telp 0812 3456 7890 2026', [{ kind: 'phone', text: '0812 3456 7890' }]],
    [
      'two phones separated by a space',
      'Telp 0812 3456 7890 0813 1111 2222',
      [
        { kind: 'phone', text: '0812 3456 7890' },
        { kind: 'phone', text: '0813 1111 2222' },
      ],
    ],
    ['a 16-digit NIK', 'NIK 3201234567890001', [{ kind: 'nik', text: '3201234567890001' }]],
    ['a grouped NIK', 'NIK: 3201 2345 0790 0001.', [{ kind: 'nik', text: '3201 2345 0790 0001' }]],
    ['a NIK in 6-6-4 groups', 'No. 320123.550790.0001', [{ kind: 'nik', text: '320123.550790.0001' }]],
    ['16 digits starting with 0 cannot be a NIK', 'Kode 0812345678901234', []],
    [
      'English email',
      'Email jane.doe@example.com for details',
      [{ kind: 'email', text: 'jane.doe@example.com' }],
    ],
    ['17 digits are not a NIK', 'Ref 32012345678900012', []],
    ['money and dates are not phones', 'Upah Rp 4.901.798 mulai 08-12-2025, 2026.', []],
    ['thousands groups are not a NIK', 'Rp1.000.000.000.000.000', []],
    ['digits inside a link are not data', 'https://instagram.com/p/3201234507900001', []],
  ])('%s', (_label, text, expected) => {
    const report = checkCaption(text);
    expect(report.personalData).toEqual(expected);
    expect(codes(text).includes('personal_data')).toBe(expected.length > 0);
  });

  it('lists the kinds found, in a fixed order', () => {
    const warning = checkCaption('a@b.co 0812 3456 7890 3201234507900001').warnings.find(
      (w) => w.code === 'personal_data',
    );
    expect(warning).toEqual({ code: 'personal_data', count: 3, kinds: ['phone', 'nik', 'email'] });
  });
});

describe('a whole caption', () => {
  it('Indonesian caption with no problems has no warnings', () => {
    const text = [
      'Upah layak bukan hadiah, tapi hak. ✊🏽',
      '',
      'Ribuan buruh menuntut upah yang cukup untuk hidup. Upah Minimum Provinsi (UMP) tahun ini tidak mengejar harga.',
      '',
      'Tanda tangani petisinya di link bio dan bagikan ke grup kerjamu.',
      '#UpahLayak #BuruhBersatu',
    ].join('\n');
    expect(codes(text)).toEqual([]);
  });

  it('English caption with every problem, warnings in a fixed order', () => {
    const text = [
      `${'WE DEMAND FAIR PAY AND SAFE WORK FOR EVERY WORKER IN EVERY FACTORY OF THIS COUNTRY NOW '.repeat(2)}`,
      sentence(30, 'word'),
      'Ask Rina at 0812 3456 7890 about FoA. 🔥🔥🔥',
      tags(31),
      'x'.repeat(2200),
    ].join('\n');
    const expected: CaptionWarningCode[] = [
      'too_long',
      'long_first_line',
      'too_many_hashtags',
      'no_cta',
      'jargon',
      'long_sentences',
      'shouting',
      'personal_data',
    ];
    expect(codes(text)).toEqual(expected);
  });
});
