/**
 * The units the caption checks count: code points, graphemes and emoji, links, mentions and hashtags,
 * words, sentences and syllables. Every rule is described in docs/caption-checks.md.
 */
import { FINAL_ABBREVIATIONS, NON_FINAL_ABBREVIATIONS } from './lexicons.ts';

/** A piece of the caption: `start`/`end` are UTF-16 offsets into the caption, `text` is as written. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Length as the platforms count it: Unicode code points, so an emoji such as 🔥 is one, not two. */
export const codePointLength = (text: string): number => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

const graphemeSegmenter = new Intl.Segmenter('id', { granularity: 'grapheme' });

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const SIMPLE = /^[\x20-\x7E\t\n]$/u;
const CHUNK = 512;

/**
 * Whether a grapheme boundary surely lies at `i`: between two plain ASCII characters (or line breaks,
 * but not inside CR LF), or between two pictographs with nothing joining them ("🔥🔥").
 */
function surelyBreaksAt(text: string, i: number): boolean {
  const next = text.codePointAt(i);
  const low = text.charCodeAt(i);
  if (next === undefined || (low >= 0xdc00 && low <= 0xdfff)) return false;
  const before = text.charCodeAt(i - 1) >= 0xdc00 && text.charCodeAt(i - 1) <= 0xdfff ? i - 2 : i - 1;
  const prev = text.codePointAt(before);
  if (prev === undefined) return false;
  const a = String.fromCodePoint(prev);
  const b = String.fromCodePoint(next);
  if (SIMPLE.test(a) && SIMPLE.test(b)) return true;
  return PICTOGRAPHIC.test(a) && PICTOGRAPHIC.test(b);
}

/**
 * User-perceived characters with their offsets: a flag, a skin-toned emoji or a family joined by ZWJ is
 * one. Long texts are segmented in chunks because V8's segmenter slows down quadratically with the length
 * of the string (a 63,000-character caption took seconds). Chunks are cut only where a boundary is
 * certain, so the result is the same as segmenting the whole text.
 */
export function* graphemeSegments(text: string): Generator<{ segment: string; index: number }> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + CHUNK, text.length);
    while (end < text.length && !surelyBreaksAt(text, end)) end++;
    for (const { segment, index } of graphemeSegmenter.segment(text.slice(start, end))) {
      yield { segment, index: start + index };
    }
    start = end;
  }
}

export function graphemesOf(text: string): string[] {
  return Array.from(graphemeSegments(text), (s) => s.segment);
}

/** The text with each span replaced by spaces of the same length, so offsets keep pointing into it. */
export function blankOut(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const { start, end } of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + ' '.repeat(end - from);
    at = end;
  }
  return out + text.slice(at);
}

const REGIONAL_INDICATOR = /\p{Regional_Indicator}/u;
// ©, ® and ™ are pictographic but shown as text unless followed by the emoji variation selector.
const TEXT_DEFAULT_SYMBOL = /^[\u00A9\u00AE\u2122]$/u;

export function isEmoji(grapheme: string): boolean {
  if (REGIONAL_INDICATOR.test(grapheme)) return true; // flags: two indicators, one grapheme
  if (grapheme.includes('\u20E3')) return true; // keycaps such as 1️⃣
  return PICTOGRAPHIC.test(grapheme) && !TEXT_DEFAULT_SYMBOL.test(grapheme);
}

export const countEmoji = (text: string): number => graphemesOf(text).filter(isEmoji).length;

/** Any line break a phone keyboard or a pasted document may produce. */
export const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/u;

/**
 * The first line of the caption: leading blank space is skipped (readers do not see it), then the text
 * up to the first line break with trailing spaces removed. `length` counts code points of that whole
 * line; `shown` is the line itself, or, when the caption has no line break at all, its first `limit`
 * code points (never cutting an emoji in half): what the reader sees before "more".
 */
export function firstLineOf(text: string, limit: number): { shown: string; length: number } {
  const body = text.replace(/^\s+/u, '');
  const lineBreak = LINE_BREAK.exec(body);
  const line = (lineBreak ? body.slice(0, lineBreak.index) : body).replace(/\s+$/u, '');
  const length = codePointLength(line);
  if (lineBreak || length <= limit) return { shown: line, length };
  let shown = '';
  let used = 0;
  for (const g of graphemesOf(line)) {
    const size = codePointLength(g);
    if (used + size > limit) break;
    shown += g;
    used += size;
  }
  return { shown, length };
}

// Links with a scheme or www. first, so an address inside them is never read as an email or a mention.
const SCHEME_URL = /(?<![\p{L}\p{N}_])(?:https?:\/\/|www\.)[^\s<>"'`]+/giu;
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// Bare domains ("s.id/upah", "serikat.or.id") only with a known top-level domain: "dll." and "10.000"
// must stay words and numbers.
const BARE_URL =
  /(?<![\p{L}\p{N}_@./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|id|ly|ee|co|io|me|gl|gd|to|info|int|app|link|site|page|gov|edu|news|xyz|my|sg|uk|au)(?![\p{L}\p{N}_-])(?:\/[^\s<>"'`]*)?/giu;
// Instagram and TikTok user names: letters, digits, dots and underscores, not ending with a dot.
const MENTION = /(?<![\p{L}\p{N}_.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![A-Za-z0-9_])/gu;
// A hashtag starts after a non-word character ("C#" and "page#top" are not hashtags) and must contain a
// letter: Instagram does not link numbers-only tags such as "#1".
const HASHTAG = /(?<![\p{L}\p{M}\p{N}_&#])#[\p{L}\p{M}\p{N}_]+/gu;

/** Trailing punctuation belongs to the sentence, not to the link: "lihat s.id/upah." → "s.id/upah". */
function trimUrl(url: string): string {
  let end = url.length;
  for (;;) {
    const last = url[end - 1];
    if (last === undefined) break;
    if ('.,;:!?…\'"'.includes(last)) {
      end--;
      continue;
    }
    const closer = last === ')' ? '(' : last === ']' ? '[' : null;
    if (closer) {
      const body = url.slice(0, end);
      const opened = body.split(closer).length - 1;
      const closed = body.split(last).length - 1;
      if (closed > opened) {
        end--;
        continue;
      }
    }
    break;
  }
  return url.slice(0, end);
}

export interface Entities {
  links: Span[];
  emails: Span[];
  mentions: Span[];
  hashtags: Span[];
  /**
   * The caption with every link, email, mention, hashtag and emoji replaced by spaces of the same length, so
   * offsets still point into the caption. Words, sentences, calls to action, jargon and capitals are
   * read from this prose only.
   */
  prose: string;
}

export function findEntities(text: string): Entities {
  let prose = text;
  const take = (pattern: RegExp, trim?: (s: string) => string): Span[] => {
    const spans: Span[] = [];
    for (const m of prose.matchAll(pattern)) {
      const matched = trim ? trim(m[0]) : m[0];
      if (matched.length === 0) continue;
      spans.push({
        start: m.index,
        end: m.index + matched.length,
        text: text.slice(m.index, m.index + matched.length),
      });
    }
    prose = blankOut(prose, spans);
    return spans;
  };
  const schemeLinks = take(SCHEME_URL, trimUrl);
  const emails = take(EMAIL);
  const bareLinks = take(BARE_URL, trimUrl);
  const mentions = take(MENTION);
  const hashtags = take(HASHTAG).filter((h) => /\p{L}/u.test(h.text));
  const links = [...schemeLinks, ...bareLinks].sort((a, b) => a.start - b.start);
  // Emoji are not words: "1️⃣" would otherwise count as the word "1".
  const emoji: Span[] = [];
  for (const { segment, index } of graphemeSegments(prose)) {
    if (isEmoji(segment)) emoji.push({ start: index, end: index + segment.length, text: segment });
  }
  prose = blankOut(prose, emoji);
  return { links, emails, mentions, hashtags, prose };
}

/**
 * A word: letters, marks and digits, joined by apostrophes, hyphens and dots inside it, so "anak-anak",
 * "don't" and "10.000" are one word each and "dll." is the word "dll" and a full stop.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*/gu;

export function wordsOf(text: string): Span[] {
  return Array.from(text.matchAll(WORD), (m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

export const hasLetter = (word: string): boolean => /\p{L}/u.test(word);

const TERMINAL = /[.!?…]/u;

/** Whether the full stop after `word` belongs to an abbreviation rather than ending the sentence. */
function isAbbreviationStop(word: string, gap: string, next: Span | undefined): boolean {
  // Only a single full stop right after the word can be an abbreviation's; "...", "!" and "?" end.
  if (!/^\.(?!\.)/u.test(gap) || /[!?…]/u.test(gap)) return false;
  const lower = word.toLowerCase();
  if (NON_FINAL_ABBREVIATIONS.has(lower)) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial, as in "M. Yusuf"
  if (FINAL_ABBREVIATIONS.has(lower)) return !(next && /^\p{Lu}/u.test(next.text));
  return false;
}

/**
 * Sentences of the prose as word counts. A sentence ends at . ! ? … (or "...") and at every line break;
 * dots inside numbers and after the abbreviations in lexicons.ts do not end one. Lines without a word
 * (emoji only, hashtags only) are not sentences.
 */
export function sentenceLengths(prose: string): number[] {
  const lengths: number[] = [];
  for (const line of prose.split(LINE_BREAK)) {
    const words = wordsOf(line);
    let current = 0;
    words.forEach((word, i) => {
      current++;
      const next = words[i + 1];
      const gap = line.slice(word.end, next ? next.start : line.length);
      if (TERMINAL.test(gap) && !isAbbreviationStop(word.text, gap, next)) {
        lengths.push(current);
        current = 0;
      }
    });
    if (current > 0) lengths.push(current);
  }
  return lengths;
}

const DIPHTHONGS = new Set(['ai', 'au', 'oi', 'ei']);
const VOWELS = new Set(['a', 'i', 'u', 'e', 'o']);

/**
 * Syllables of one word by vowel groups, the Indonesian way: every vowel a, i, u, e, o is a syllable,
 * except the diphthongs ai, au, oi and ei, which are one ("pantai", "pulau", "survei"). At least one per
 * word, so "PHK" or "dll" count as one. A heuristic: "main" (ma-in) is counted as one syllable.
 */
export function syllablesOf(word: string): number {
  const letters = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  let count = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters[i] ?? '';
    if (!VOWELS.has(c)) continue;
    count++;
    if (DIPHTHONGS.has(c + (letters[i + 1] ?? ''))) i++;
  }
  return Math.max(1, count);
}
