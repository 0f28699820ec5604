/**
 * Post types as the exports name them, in any word order and interface language: Meta writes `IG reel`
 * in English and `Reel IG` in Indonesian, Facebook Pages write `Photos`, `Videos`, `Links`, `Status`.
 * The words are looked up one by one (after dropping the `IG`/`FB` platform marks), so a new label
 * such as `Reel Facebook` still lands on its kind. The export's own words stay in `typeLabel`.
 */
import type { PostType } from '../model.ts';

/** Word (lower case, accents removed) → kind. Singular and plural, English and Indonesian. */
const TYPE_WORDS: Readonly<Record<string, PostType>> = {
  reel: 'reel',
  reels: 'reel',
  image: 'image',
  images: 'image',
  photo: 'image',
  photos: 'image',
  gambar: 'image',
  foto: 'image',
  carousel: 'carousel',
  carousels: 'carousel',
  korsel: 'carousel',
  album: 'carousel',
  albums: 'carousel',
  video: 'video',
  videos: 'video',
  story: 'story',
  stories: 'story',
  cerita: 'story',
  live: 'live',
  langsung: 'live',
  link: 'link',
  links: 'link',
  tautan: 'link',
  status: 'text',
  text: 'text',
  teks: 'text',
};

/** Marks of the platform, not of the kind: `IG reel`, `Reel IG`, `Facebook photo`. */
const PLATFORM_WORDS = new Set(['ig', 'fb', 'instagram', 'facebook', 'tiktok']);

/**
 * The kind of post a label names; `other` when no word is known. When words disagree (`Live video`),
 * the more specific kind wins: live over video, reel over video, carousel over image.
 */
export function normalisePostType(label: string): PostType {
  // A file repeats a handful of labels on every row; the word split below is the costly part.
  const known = seenLabels.get(label);
  if (known !== undefined) return known;
  const kind = kindOf(label);
  if (seenLabels.size >= MAX_SEEN_LABELS) seenLabels.clear();
  seenLabels.set(label, kind);
  return kind;
}

const seenLabels = new Map<string, PostType>();
/** Labels remembered: real exports have about ten; the bound keeps a hostile file from growing it. */
const MAX_SEEN_LABELS = 256;

function kindOf(label: string): PostType {
  const words = label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !PLATFORM_WORDS.has(word));
  const kinds = new Set(words.map((word) => TYPE_WORDS[word]).filter((kind) => kind !== undefined));
  for (const kind of PRECEDENCE) if (kinds.has(kind)) return kind;
  return 'other';
}

const PRECEDENCE: readonly PostType[] = [
  'story',
  'live',
  'reel',
  'carousel',
  'video',
  'image',
  'link',
  'text',
];
