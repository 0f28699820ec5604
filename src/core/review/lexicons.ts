/**
 * The word lists and limits behind the caption checks. Every list is written out in
 * docs/caption-checks.md; a programme extends the jargon list with its own terms (`extraJargon`).
 */

/** A set from words separated by spaces and line breaks: long lists stay readable. */
const words = (...lines: string[]): ReadonlySet<string> =>
  new Set(lines.join(' ').split(/\s+/u).filter(Boolean));

export const CAPTION_PLATFORMS = ['instagram', 'tiktok', 'facebook'] as const;
export type CaptionPlatform = (typeof CAPTION_PLATFORMS)[number];

export function isCaptionPlatform(value: unknown): value is CaptionPlatform {
  return typeof value === 'string' && (CAPTION_PLATFORMS as readonly string[]).includes(value);
}

/** The longest caption each platform accepts, in characters (code points), as the platforms publish them. */
export const CAPTION_LIMITS: Record<CaptionPlatform, number> = {
  instagram: 2200,
  tiktok: 4000,
  facebook: 63206,
};

/** Thresholds of the warnings; docs/caption-checks.md gives the reason for each number. */
export const THRESHOLDS = {
  /** Instagram cuts a caption after about this many characters and shows "more". */
  firstLine: 125,
  /** Instagram refuses a post with more hashtags than this. */
  hashtagsRefused: 30,
  /** More than this reads as noise and is flagged. */
  hashtagsNoise: 5,
  /** A sentence with more words than this is long. */
  longSentenceWords: 25,
  /** Shouting: this share of the words in capitals (4+ letters)… */
  shoutingShare: 0.3,
  /** …counted only from this many shouted words on, so one emphasised word is never shouting… */
  shoutingMinWords: 2,
  /** …or this many capitalised words in a row. */
  shoutingRun: 3,
  /** Emoji per 100 words above which the caption is flagged as emoji-heavy… */
  emojiPer100Words: 15,
  /** …when it has at least this many emoji. */
  emojiMin: 5,
} as const;

export interface CtaEntry {
  phrase: string;
  lang: 'id' | 'en';
  /**
   * A regular-expression source used instead of the phrase, for words written stretched in chat style
   * ("yuuuk", "ayooo"). Matched case-insensitively on word boundaries like every entry.
   */
  pattern?: string;
}

/**
 * Calls to action. Indonesian verbs also match with the emphatic suffix -lah ("dukunglah",
 * "bagikanlah"); phrases match with any spacing between their words.
 */
export const CTA_LEXICON: readonly CtaEntry[] = [
  // Indonesian: invitations
  { phrase: 'ayo', lang: 'id', pattern: 'a+y+o+k*' },
  { phrase: 'yuk', lang: 'id', pattern: 'y+u+k+' },
  { phrase: 'yok', lang: 'id', pattern: 'y+o+k+' },
  { phrase: 'mari', lang: 'id' },
  // Indonesian: verbs of action
  { phrase: 'dukung', lang: 'id' },
  { phrase: 'bagikan', lang: 'id' },
  { phrase: 'sebarkan', lang: 'id' },
  { phrase: 'sebarluaskan', lang: 'id' },
  { phrase: 'viralkan', lang: 'id' },
  { phrase: 'tanda tangani', lang: 'id' },
  { phrase: 'tandatangani', lang: 'id' },
  { phrase: 'teken petisi', lang: 'id' },
  { phrase: 'isi petisi', lang: 'id' },
  { phrase: 'ikuti', lang: 'id' },
  { phrase: 'gabung', lang: 'id' },
  { phrase: 'bergabung', lang: 'id' },
  { phrase: 'daftar', lang: 'id' },
  { phrase: 'daftarkan', lang: 'id' },
  { phrase: 'klik', lang: 'id' },
  { phrase: 'kunjungi', lang: 'id' },
  { phrase: 'hubungi', lang: 'id' },
  { phrase: 'hadiri', lang: 'id' },
  // Only the imperative: "datang" alone mostly reports that people came.
  { phrase: 'datanglah', lang: 'id' },
  { phrase: 'tonton', lang: 'id' },
  { phrase: 'simak', lang: 'id' },
  { phrase: 'unduh', lang: 'id' },
  { phrase: 'tulis di kolom komentar', lang: 'id' },
  { phrase: 'tulis komentar', lang: 'id' },
  { phrase: 'tag teman', lang: 'id' },
  { phrase: 'turun ke jalan', lang: 'id' },
  { phrase: 'link di bio', lang: 'id' },
  { phrase: 'tautan di bio', lang: 'id' },
  { phrase: 'cek bio', lang: 'id' },
  { phrase: 'ajak', lang: 'id' },
  { phrase: 'hadirlah', lang: 'id' },
  { phrase: 'baca selengkapnya', lang: 'id' },
  // English
  { phrase: 'join', lang: 'en' },
  { phrase: 'sign', lang: 'en' },
  { phrase: 'sign up', lang: 'en' },
  { phrase: 'sign the petition', lang: 'en' },
  { phrase: 'share', lang: 'en' },
  { phrase: 'spread the word', lang: 'en' },
  { phrase: 'follow', lang: 'en' },
  { phrase: 'register', lang: 'en' },
  { phrase: 'donate', lang: 'en' },
  { phrase: 'subscribe', lang: 'en' },
  { phrase: 'click', lang: 'en' },
  { phrase: 'visit', lang: 'en' },
  { phrase: 'vote', lang: 'en' },
  { phrase: 'contact us', lang: 'en' },
  { phrase: 'take action', lang: 'en' },
  { phrase: 'stand with', lang: 'en' },
  { phrase: 'support us', lang: 'en' },
  { phrase: 'support our', lang: 'en' },
  { phrase: 'tag a friend', lang: 'en' },
  { phrase: 'comment below', lang: 'en' },
  { phrase: 'link in bio', lang: 'en' },
  { phrase: 'repost', lang: 'en' },
  { phrase: 'rsvp', lang: 'en' },
  { phrase: 'learn more', lang: 'en' },
  { phrase: 'read more', lang: 'en' },
  { phrase: 'find out more', lang: 'en' },
  { phrase: "let's", lang: 'en', pattern: "let[’']s" },
];

/**
 * Jargon a member of the public is unlikely to know. Deliberately short: the programme adds its own
 * terms. Acronyms that are not on this list are found by their shape (see docs/caption-checks.md).
 */
export const DEFAULT_JARGON: readonly string[] = [
  'Just Transition',
  'FoA',
  'ILO C87',
  'ILO C98',
  'C87',
  'C98',
  'omnibus',
  'tripartit',
  'tripartite',
  'bipartit',
  'bipartite',
  'outsourcing',
  'alih daya',
  'union busting',
  'PKWT',
  'PKWTT',
  'PKB',
  'CBA',
  'UMP',
  'UMK',
  'UMSK',
  'OSH',
  'K3',
  'ITUC',
  'judicial review',
  'Perppu',
];

/**
 * Acronyms every Indonesian reader knows, never reported as unexplained. PHK (layoffs), UMR (the old
 * name of the minimum wage) and NIK are here on purpose: they are everyday words. UMP and UMK are not:
 * the public outside the unions rarely knows them. The Roman numerals II to XII are here too ("Jilid II").
 */
export const WELL_KNOWN_ACRONYMS: ReadonlySet<string> = words(
  'RI NKRI DPR DPRD MPR UU PP PT CV TNI POLRI KTP PHK THR BPJS PNS ASN BUMN KPK MK MA WNI WNA HAM',
  'HP WA IG FB TV SMS PDF URL RT RW SD SMP SMA SMK UMKM DKI WIB WITA WIT BBM PLN KRL MRT CFD OK US',
  'USA UK UN EU CEO AI FAQ DM PM AM COVID HIV AIDS NGO LSM ID ASEAN APBN APBD RUU PR QR NIK KK NPWP',
  'SIM STNK SKCK UMR BLT HUT RS II III IV VI VII VIII IX XI XII',
);

/** Short words people write in capitals for emphasis; never taken for acronyms. */
export const EMPHASIS_WORDS: ReadonlySet<string> = words(
  'STOP NO YES NOW NEW LIVE FREE WOW HOT YA DAN DI KE YUK AYO GAS CEK INI ITU THE AND FOR ALL WE',
  'OUR',
);

/**
 * Abbreviations whose full stop does not end a sentence: titles and other words that precede what
 * they belong to ("Jl. Sudirman", "No. 12").
 */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = words(
  'jl jln no bpk bp sdr sdri yth dr drs ir prof hj kh st kab kec kel prov mr mrs ms vs hlm tel telp',
  'e.g i.e a.n u.p s.d rp pt tbk approx',
);

/**
 * Abbreviations that may end a sentence: their full stop ends one only when the next word starts with
 * a capital letter ("beras, minyak, dll. Besok kita aksi.").
 */
export const FINAL_ABBREVIATIONS: ReadonlySet<string> = words('dll dsb dst dkk tsb etc cs sbb');

/** Words that explain the term before them: "UMP, yaitu upah minimum provinsi". */
export const EXPLAINING_WORDS: readonly string[] = [
  'yaitu',
  'yakni',
  'alias',
  'singkatan dari',
  'kepanjangan dari',
  'kependekan dari',
  'stands for',
  'short for',
  'which means',
  'meaning',
  'i.e.',
];
