/**
 * Every header the importers recognise, in one place: for each format, each field's header in each
 * interface language. Columns are found by these names wherever they stand and whichever of them the
 * export holds (Meta's optional metric columns vary with what was ticked at export).
 *
 * English names are Meta's and TikTok's own. Indonesian posts headers for Instagram are Meta's own too;
 * the Indonesian Facebook and TikTok names are our best equivalents of the interface's wording and
 * should be corrected when a real Indonesian export shows otherwise. Matching ignores case and repeated
 * spaces.
 */
import type { ExportLanguage } from './outcome.ts';

type Names = Partial<Record<ExportLanguage, readonly string[]>>;
export type HeaderTable<F extends string> = Readonly<Record<F, Names>>;

export const META_POST_HEADERS = {
  post_id: { en: ['Post ID'], id: ['ID Postingan', 'ID Posting'] },
  account_id: { en: ['Account ID'], id: ['ID Akun'] },
  account_username: { en: ['Account username'], id: ['Nama pengguna akun'] },
  account_name: { en: ['Account name'], id: ['Nama akun'] },
  page_id: { en: ['Page ID'], id: ['ID Halaman'] },
  page_name: { en: ['Page name'], id: ['Nama Halaman'] },
  title: { en: ['Title'], id: ['Judul'] },
  description: { en: ['Description'], id: ['Deskripsi'] },
  duration: { en: ['Duration (sec)'], id: ['Durasi (detik)'] },
  publish_time: { en: ['Publish time'], id: ['Waktu penerbitan', 'Waktu publikasi'] },
  caption_type: { en: ['Caption type'], id: ['Jenis keterangan'] },
  permalink: { en: ['Permalink'], id: ['Permalink', 'Tautan permanen'] },
  is_crosspost: { en: ['Is crosspost'], id: ['Adalah crosspost', 'Apakah crosspost'] },
  is_share: { en: ['Is share'], id: ['Adalah bagikan', 'Apakah dibagikan'] },
  post_type: { en: ['Post type'], id: ['Jenis postingan'] },
  languages: { en: ['Languages'], id: ['Bahasa'] },
  custom_labels: { en: ['Custom labels'], id: ['Label khusus', 'Label kustom'] },
  funded_content_status: { en: ['Funded content status'], id: ['Status konten berbayar'] },
  data_comment: { en: ['Data comment'], id: ['Komentar data'] },
  date: { en: ['Date'], id: ['Tanggal'] },
  views: { en: ['Views', 'Impressions'], id: ['Tayangan', 'Impresi'] },
  reach: { en: ['Reach'], id: ['Jangkauan'] },
  likes: { en: ['Likes'], id: ['Suka'] },
  reactions: { en: ['Reactions'], id: ['Reaksi'] },
  /** A sum of three other columns: recognised (it names the language) but not imported. */
  reactions_comments_shares: {
    en: ['Reactions, Comments and Shares'],
    id: ['Reaksi, komentar, dan bagikan', 'Reaksi, komentar, dan pembagian'],
  },
  comments: { en: ['Comments'], id: ['Komentar'] },
  shares: { en: ['Shares'], id: ['Frekuensi dibagikan', 'Dibagikan', 'Bagikan'] },
  saves: { en: ['Saves'], id: ['Frekuensi Disimpan', 'Disimpan'] },
  follows: { en: ['Follows'], id: ['Mengikuti'] },
  clicks: { en: ['Total clicks'], id: ['Total klik'] },
} as const satisfies HeaderTable<string>;

/** Meta's daily metric files: after the metric's name, a `"Date","Primary"` header. */
export const META_DAILY_HEADERS = {
  date: { en: ['Date'], id: ['Tanggal'] },
  primary: { en: ['Primary'], id: ['Utama'] },
} as const satisfies HeaderTable<string>;

export const TIKTOK_CONTENT_HEADERS = {
  time: { en: ['Time'], id: ['Waktu'] },
  title: { en: ['Video title'], id: ['Judul video'] },
  link: { en: ['Video link'], id: ['Tautan video'] },
  post_time: { en: ['Post time'], id: ['Waktu posting', 'Waktu unggah'] },
  likes: { en: ['Total likes'], id: ['Total suka'] },
  comments: { en: ['Total comments'], id: ['Total komentar'] },
  shares: { en: ['Total shares'], id: ['Total bagikan', 'Total dibagikan'] },
  views: { en: ['Total views'], id: ['Total penayangan', 'Total tayangan'] },
} as const satisfies HeaderTable<string>;

export const TIKTOK_OVERVIEW_HEADERS = {
  date: { en: ['Date'], id: ['Tanggal'] },
  video_views: { en: ['Video Views'], id: ['Penayangan video', 'Tayangan video'] },
  profile_views: { en: ['Profile Views'], id: ['Penayangan profil', 'Tayangan profil'] },
  likes: { en: ['Likes'], id: ['Suka'] },
  comments: { en: ['Comments'], id: ['Komentar'] },
  shares: { en: ['Shares'], id: ['Bagikan', 'Dibagikan'] },
} as const satisfies HeaderTable<string>;

export const TIKTOK_FOLLOWER_HISTORY_HEADERS = {
  date: { en: ['Date'], id: ['Tanggal'] },
  followers: { en: ['Followers'], id: ['Pengikut'] },
  difference: {
    en: ['Difference in followers from previous day'],
    id: ['Selisih pengikut dari hari sebelumnya', 'Perbedaan pengikut dari hari sebelumnya'],
  },
} as const satisfies HeaderTable<string>;

/**
 * Section titles of Meta's audience file that carry the follower count (the other sections hold
 * percentages by age, gender and city, which the audit does not import).
 */
export const META_AUDIENCE_FOLLOWER_SECTIONS: Names = {
  en: ['Instagram followers', 'Facebook followers', 'Facebook Page followers'],
  id: ['Pengikut Instagram', 'Pengikut Facebook', 'Pengikut Halaman Facebook'],
};

export function normaliseHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export interface ResolvedHeader<F extends string> {
  /** Column index of each field the header holds. */
  columns: Partial<Record<F, number>>;
  /** The language whose names matched most headers (ties go to English); null when none matched. */
  language: ExportLanguage | null;
  /** Headers that name no field of this format, as written. */
  unknown: string[];
  /** Fields named by more than one column (the first one is used). */
  duplicates: F[];
}

export function resolveHeader<F extends string>(
  cells: readonly string[],
  table: HeaderTable<F>,
): ResolvedHeader<F> {
  const lookup = new Map<string, { field: F; languages: ExportLanguage[] }[]>();
  for (const [field, names] of Object.entries(table) as [F, Names][]) {
    for (const [language, list] of Object.entries(names) as [ExportLanguage, readonly string[]][]) {
      for (const name of list) {
        const key = normaliseHeader(name);
        const entries = lookup.get(key) ?? [];
        const entry = entries.find((e) => e.field === field);
        if (entry) entry.languages.push(language);
        else entries.push({ field, languages: [language] });
        lookup.set(key, entries);
      }
    }
  }
  const columns: Partial<Record<F, number>> = {};
  const votes = new Map<ExportLanguage, number>();
  const unknown: string[] = [];
  const duplicates: F[] = [];
  cells.forEach((cell, index) => {
    const entries = lookup.get(normaliseHeader(cell));
    if (!entries) {
      if (cell.trim() !== '') unknown.push(cell);
      return;
    }
    // A name shared by two fields (none today) goes to the first field not yet placed.
    const entry = entries.find((e) => columns[e.field] === undefined) ?? entries[0]!;
    if (columns[entry.field] === undefined) columns[entry.field] = index;
    else duplicates.push(entry.field);
    // A name spelled alike in several languages (`Permalink`) votes for none of them.
    if (entry.languages.length === 1) {
      const language = entry.languages[0]!;
      votes.set(language, (votes.get(language) ?? 0) + 1);
    }
  });
  let language: ExportLanguage | null = Object.keys(columns).length > 0 ? 'en' : null;
  let best = 0;
  for (const [candidate, count] of votes) {
    if (count > best || (count === best && candidate === 'en')) {
      language = candidate;
      best = count;
    }
  }
  return { columns, language, unknown, duplicates };
}

/** Whether a title matches one of a list of names in any language. */
export function matchesName(title: string, names: Names): ExportLanguage | null {
  const key = normaliseHeader(title);
  for (const [language, list] of Object.entries(names) as [ExportLanguage, readonly string[]][]) {
    if (list.some((name) => normaliseHeader(name) === key)) return language;
  }
  return null;
}
