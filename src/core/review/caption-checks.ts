/**
 * Automatic caption checks, implemented once and used by the review pages, the server and
 * `lantang caption check`. They return codes and numbers; words for people are made where the reader's
 * language is known (caption-messages.ts). Every rule is written out in docs/caption-checks.md.
 */
import {
  CAPTION_LIMITS,
  type CaptionPlatform,
  CTA_LEXICON,
  DEFAULT_JARGON,
  EMPHASIS_WORDS,
  EXPLAINING_WORDS,
  THRESHOLDS,
  WELL_KNOWN_ACRONYMS,
} from './lexicons.ts';
import {
  blankOut,
  codePointLength,
  countEmoji,
  findEntities,
  firstLineOf,
  hasLetter,
  type Span,
  sentenceLengths,
  syllablesOf,
  wordsOf,
} from './text-units.ts';

export const CAPTION_WARNING_CODES = [
  'too_long',
  'long_first_line',
  'too_many_hashtags',
  'many_hashtags',
  'no_cta',
  'jargon',
  'long_sentences',
  'shouting',
  'emoji_heavy',
  'personal_data',
] as const;
export type CaptionWarningCode = (typeof CAPTION_WARNING_CODES)[number];

export const PERSONAL_DATA_KINDS = ['phone', 'nik', 'email'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export interface PersonalDataHit {
  kind: PersonalDataKind;
  /** As written in the caption. */
  text: string;
}

export type CaptionWarning =
  | { code: 'too_long'; length: number; limit: number; platform: CaptionPlatform }
  | { code: 'long_first_line'; length: number; limit: number }
  | { code: 'too_many_hashtags' | 'many_hashtags'; count: number; limit: number }
  | { code: 'no_cta' }
  | { code: 'jargon'; terms: string[] }
  | { code: 'long_sentences'; count: number; limit: number }
  | { code: 'shouting'; words: number; share: number; run: number }
  | { code: 'emoji_heavy'; count: number; per100Words: number }
  | { code: 'personal_data'; count: number; kinds: PersonalDataKind[] };

export interface CaptionOptions {
  /** Default: instagram, the strictest limit. */
  platform?: CaptionPlatform;
  /** The programme's own jargon, added to the default list. */
  extraJargon?: readonly string[];
}

export interface CaptionReport {
  platform: CaptionPlatform;
  limit: number;
  /** Unicode code points of the whole caption. */
  length: number;
  /** What the reader sees first (see firstLineOf). */
  firstLine: string;
  /** Code points of the whole first line. */
  firstLineLength: number;
  /** In order of first appearance, each tag once (ignoring case), spelled as first written. */
  hashtags: string[];
  cta: boolean;
  ctaPhrases: string[];
  jargon: string[];
  links: string[];
  mentions: string[];
  /** Words of the prose (links, emails, mentions and hashtags left out). */
  words: number;
  sentences: number;
  /** Heuristics: null when the caption has no sentence. */
  wordsPerSentence: number | null;
  syllablesPerWord: number | null;
  longSentences: number;
  emoji: number;
  /** Emoji per 100 words; null when the caption has no words. */
  emojiDensity: number | null;
  /** Words of 4+ letters written all in capitals, acronyms excepted. */
  shoutedWords: number;
  personalData: PersonalDataHit[];
  warnings: CaptionWarning[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';
const bounded = (alternatives: string[]) =>
  new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})`, 'giu');
/** A phrase as a pattern: any spacing between its words. */
const phrasePattern = (phrase: string) => phrase.trim().split(/\s+/u).map(escapeRegExp).join('\\s+');
const normalised = (s: string) => s.toLocaleLowerCase('id').replace(/\s+/gu, ' ').trim();
const byLengthDescending = (a: { size: number }, b: { size: number }) => b.size - a.size;

const CTA_PATTERN = bounded(
  CTA_LEXICON.map((entry) => {
    const source = entry.pattern ?? phrasePattern(entry.phrase);
    // Indonesian verbs take the emphatic -lah: "dukunglah", "bagikanlah".
    const affixed = entry.lang === 'id' && !/\s/u.test(entry.phrase) ? `(?:${source})(?:lah)?` : source;
    return { source: affixed, size: entry.phrase.length };
  })
    // Longest first, so "sign the petition" wins over "sign" at the same place.
    .sort(byLengthDescending)
    .map((a) => a.source),
);

/** Matches as written, each once (ignoring case and spacing), in order of appearance. */
function distinctMatches(spans: readonly Span[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of spans) {
    const key = normalised(s.text);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s.text.replace(/\s+/gu, ' '));
  }
  return out;
}

const spansOf = (text: string, pattern: RegExp): Span[] =>
  Array.from(text.matchAll(pattern), (m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));

/** The longest explanation looked for, in UTF-16 units on either side of a term. */
const EXPLANATION_WINDOW = 300;
const EXPLANATION_AFTER = new RegExp(
  `^\\s*[,:]?\\s*(?:${EXPLAINING_WORDS.map(phrasePattern).join('|')})(?!${WORD_CHAR})`,
  'iu',
);

/**
 * A term counts as explained when the caption spells it out next to it: "UMP (Upah Minimum Provinsi)",
 * "Upah Minimum Provinsi (UMP)", or "UMP, yaitu upah minimum provinsi".
 */
function isExplained(prose: string, span: Span): boolean {
  // A window around the term is enough, and keeps a long caption full of terms from taking seconds.
  const before = prose.slice(Math.max(0, span.start - EXPLANATION_WINDOW), span.start);
  const after = prose.slice(span.end, span.end + EXPLANATION_WINDOW);
  if (/^\s*\([^)]*\p{L}[^)]*\)/u.test(after)) return true;
  if (/[\p{L}\p{N}][^\S\r\n]*\(\s*$/u.test(before) && /^\s*\)/u.test(after)) return true;
  return EXPLANATION_AFTER.test(after);
}

const isCapitalised = (word: string) =>
  word === word.toLocaleUpperCase('id') && word !== word.toLocaleLowerCase('id');
const letterCount = (word: string) => (word.match(/\p{L}/gu) ?? []).length;
const vowelCount = (word: string) => (word.match(/[AIUEO]/gu) ?? []).length;

interface Word extends Span {
  /** All its letters are capitals and it has at least two. */
  capitals: boolean;
  /** Inside a jargon-list match, or a well-known acronym. */
  known: boolean;
  /** The part of the word with an acronym's shape (see `acronymShape`): "ILO" in "ILO-nya". */
  acronym: Span | null;
}

/**
 * The shape of an acronym: starts with a capital, only capitals and digits, at least two capitals, and not
 * a word written in capitals for emphasis (five letters or more with two vowels or more, as "TOLAK",
 * "BURUH"; or one of EMPHASIS_WORDS).
 */
function acronymShape(part: string): boolean {
  if (!/^\p{Lu}[\p{Lu}\p{N}]*$/u.test(part) || letterCount(part) < 2) return false;
  if (EMPHASIS_WORDS.has(part)) return false;
  return !(letterCount(part) >= 5 && vowelCount(part) >= 2);
}

function classifyWords(prose: string, listed: readonly Span[]): Word[] {
  const listedAt = new Uint8Array(prose.length);
  for (const l of listed) listedAt.fill(1, l.start, l.end);
  const inList = (w: Span) => listedAt.subarray(w.start, w.end).includes(1);
  return wordsOf(prose)
    .filter((w) => hasLetter(w.text))
    .map((w) => {
      const parts = spansOf(w.text, /[^'’.-]+/gu);
      const part = parts.find((p) => acronymShape(p.text));
      return {
        ...w,
        capitals: isCapitalised(w.text) && letterCount(w.text) >= 2,
        known: inList(w) || parts.some((p) => WELL_KNOWN_ACRONYMS.has(p.text)),
        acronym: part ? { start: w.start + part.start, end: w.start + part.end, text: part.text } : null,
      };
    });
}

/**
 * Words holding an acronym found by its shape. A capitalised word right next to another (only spaces
 * between) is read as part of a shouted phrase ("HIDUP BURUH"), not as an acronym: that case is the
 * shouting check's.
 */
function acronymWords(prose: string, words: readonly Word[]): Word[] {
  const shoutingNeighbour = (w: Word | undefined, gap: string) =>
    w?.capitals === true && !w.known && /^[^\S\r\n]+$/u.test(gap);
  return words.filter((w, i) => {
    if (!w.acronym || w.known) return false;
    const before = words[i - 1];
    const after = words[i + 1];
    if (shoutingNeighbour(before, before ? prose.slice(before.end, w.start) : '')) return false;
    return !shoutingNeighbour(after, after ? prose.slice(w.end, after.start) : '');
  });
}

function jargonOf(prose: string, extra: readonly string[]) {
  const terms = [...new Set([...DEFAULT_JARGON, ...extra].map((t) => t.trim()).filter((t) => t.length > 0))];
  const listPattern = bounded(
    terms
      .map((t) => ({ source: phrasePattern(t), size: t.length }))
      .sort(byLengthDescending)
      .map((a) => a.source),
  );
  const listed = spansOf(prose, listPattern);
  const explained = new Set(listed.filter((s) => isExplained(prose, s)).map((s) => normalised(s.text)));
  const words = classifyWords(prose, listed);
  const withAcronyms = acronymWords(prose, words);
  const acronyms = withAcronyms.flatMap((w) => (w.acronym ? [w.acronym] : []));
  // A term explained once is explained for the whole caption.
  for (const a of acronyms) if (isExplained(prose, a)) explained.add(normalised(a.text));
  const unexplained = [...listed, ...acronyms]
    .filter((s) => !explained.has(normalised(s.text)))
    .sort((a, b) => a.start - b.start);
  return { jargon: distinctMatches(unexplained), words, acronymWords: new Set(withAcronyms) };
}

/**
 * Shouting: more than 30 % of the words (and at least two) are capitalised words of 4+ letters, or three
 * or more capitalised words stand in a row. Acronyms are not shouting: words on the jargon list, well-known
 * acronyms and words with an acronym's shape are left out of the share and do not break a run.
 */
function shoutingOf(words: readonly Word[], acronymWords: ReadonlySet<Word>) {
  const isAcronym = (w: Word) => w.known || acronymWords.has(w);
  let shouted = 0;
  let run = 0;
  let longestRun = 0;
  for (const w of words) {
    if (w.capitals && isAcronym(w)) continue;
    if (w.capitals) {
      if (letterCount(w.text) >= 4) shouted++;
      run++;
      longestRun = Math.max(longestRun, run);
    } else run = 0;
  }
  const share = words.length === 0 ? 0 : shouted / words.length;
  const shouting =
    (shouted >= THRESHOLDS.shoutingMinWords && share > THRESHOLDS.shoutingShare) ||
    longestRun >= THRESHOLDS.shoutingRun;
  return { shouted, share, longestRun, shouting };
}

// A run of exactly 16 digits, possibly in groups ("3201 2345 6789 0001", "32.01.23.456789.0001"). A grouped
// run never starts right after another digit group: "0812 3456 7890 0813 1111 2222" holds no NIK.
const SIXTEEN_DIGITS = /(?<![\d+])(?:\d{16}|(?<!\d[ .-])\d(?:[ .-]?\d){15})(?![ .-]?\d)/g;
// Indonesian mobile numbers: 08…, +628…, 628…, with spaces, dots or dashes between groups.
// At most four groups after the first: enough for any real number, and a bound on the work per match.
const MOBILE = /(?<![\d+])(?:\+62|62|0)[ .-]?(?:\(0\)[ .-]?)?8\d{1,3}(?:[ .-]?\d{2,4}){0,4}(?!\d)/g;
// Landlines only in the international form: "021-…" is too often an office's public number or a date.
const LANDLINE = /(?<![\d+])\+62[ .-]?(?:\(0\)[ .-]?)?[2-7]\d{1,3}(?:[ .-]?\d{2,4}){0,4}(?!\d)/g;
// WhatsApp links carry a number: "wa.me/6281234567890".
const WHATSAPP = /(?:wa\.me\/|phone=)(\+?\d{9,15})/giu;

/**
 * A run of exactly 16 digits is NIK-like unless it starts with 0 (a NIK starts with a province code,
 * 11–94, so such a run is a phone number followed by something else) or, when grouped, is one number in
 * thousands groups ("1.000.000.000.000.000"). Groups are of 2 or more digits with one kind of separator.
 */
function isNikLike(text: string): boolean {
  if (text.startsWith('0')) return false;
  const separators = new Set(text.replace(/\d/g, ''));
  if (separators.size === 0) return true;
  if (separators.size > 1) return false;
  const groups = text.split(/[ .-]/);
  if (groups.length > 5 || groups.some((g) => g.length < 2)) return false;
  return !groups.slice(1).every((g) => g.length === 3);
}

/** Digits after the country code or the leading 0: Indonesian numbers have 9 to 12. */
function phoneSpan(span: Span, minDigits: number): Span | null {
  const national = (s: string) => s.replace(/^(?:\+62|62|0)/, '').replace(/\D/g, '').length;
  let text = span.text;
  // A greedy match may run into a following number ("0812 3456 7890 2026"): drop whole groups.
  while (national(text) > 12) {
    const cut = text.search(/[ .-]\d+$/);
    if (cut < 0) return null;
    text = text.slice(0, cut);
  }
  return national(text) >= minDigits ? { start: span.start, end: span.start + text.length, text } : null;
}

function personalDataOf(caption: string, prose: string, links: readonly Span[], emails: readonly Span[]) {
  const hits: Array<PersonalDataHit & { at: number }> = emails.map((e) => ({
    kind: 'email',
    text: e.text,
    at: e.start,
  }));
  let digits = prose;
  for (const s of spansOf(prose, SIXTEEN_DIGITS)) {
    if (!isNikLike(s.text)) continue;
    hits.push({ kind: 'nik', text: caption.slice(s.start, s.end), at: s.start });
    digits = blankOut(digits, [s]);
  }
  for (const pattern of [MOBILE, LANDLINE]) {
    const scan = new RegExp(pattern.source, 'g');
    for (let m = scan.exec(digits); m !== null; m = scan.exec(digits)) {
      const phone = phoneSpan({ start: m.index, end: m.index + m[0].length, text: m[0] }, 9);
      if (!phone) continue;
      hits.push({ kind: 'phone', text: caption.slice(phone.start, phone.end), at: phone.start });
      // Look again right after the number kept: the groups cut off may begin the next number.
      scan.lastIndex = phone.end;
    }
  }
  for (const link of links) {
    for (const m of link.text.matchAll(WHATSAPP)) {
      hits.push({ kind: 'phone', text: m[1] ?? '', at: link.start + m.index });
    }
  }
  const seen = new Set<string>();
  return hits
    .sort((a, b) => a.at - b.at)
    .filter((h) => !seen.has(`${h.kind} ${h.text}`) && seen.add(`${h.kind} ${h.text}`))
    .map(({ kind, text }) => ({ kind, text }));
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/** Runs every check on one caption. Never throws; any string is a caption. */
export function checkCaption(caption: string, options: CaptionOptions = {}): CaptionReport {
  const platform = options.platform ?? 'instagram';
  const limit = CAPTION_LIMITS[platform];
  const length = codePointLength(caption);
  const firstLine = firstLineOf(caption, THRESHOLDS.firstLine);
  const { links, emails, mentions, hashtags: hashtagSpans, prose } = findEntities(caption);

  const hashtags = distinctMatches(hashtagSpans);
  const ctaPhrases = distinctMatches(spansOf(prose, CTA_PATTERN));
  const { jargon, words, acronymWords } = jargonOf(prose, options.extraJargon ?? []);

  const sentences = sentenceLengths(prose);
  const allWords = wordsOf(prose);
  const lettered = allWords.filter((w) => hasLetter(w.text));
  const syllables = lettered.reduce((sum, w) => sum + syllablesOf(w.text), 0);
  const longSentences = sentences.filter((n) => n > THRESHOLDS.longSentenceWords).length;

  const emoji = countEmoji(caption);
  const emojiDensity = allWords.length === 0 ? null : (emoji / allWords.length) * 100;
  const shouting = shoutingOf(words, acronymWords);
  const personalData = personalDataOf(caption, prose, links, emails);

  const warnings: CaptionWarning[] = [];
  if (length > limit) warnings.push({ code: 'too_long', length, limit, platform });
  if (firstLine.length > THRESHOLDS.firstLine) {
    warnings.push({ code: 'long_first_line', length: firstLine.length, limit: THRESHOLDS.firstLine });
  }
  if (hashtags.length > THRESHOLDS.hashtagsRefused) {
    warnings.push({ code: 'too_many_hashtags', count: hashtags.length, limit: THRESHOLDS.hashtagsRefused });
  } else if (hashtags.length > THRESHOLDS.hashtagsNoise) {
    warnings.push({ code: 'many_hashtags', count: hashtags.length, limit: THRESHOLDS.hashtagsNoise });
  }
  if (ctaPhrases.length === 0) warnings.push({ code: 'no_cta' });
  if (jargon.length > 0) warnings.push({ code: 'jargon', terms: jargon });
  if (longSentences > 0) {
    warnings.push({ code: 'long_sentences', count: longSentences, limit: THRESHOLDS.longSentenceWords });
  }
  if (shouting.shouting) {
    warnings.push({
      code: 'shouting',
      words: shouting.shouted,
      share: shouting.share,
      run: shouting.longestRun,
    });
  }
  if (emojiDensity !== null && emoji >= THRESHOLDS.emojiMin && emojiDensity > THRESHOLDS.emojiPer100Words) {
    warnings.push({ code: 'emoji_heavy', count: emoji, per100Words: emojiDensity });
  } else if (emojiDensity === null && emoji >= THRESHOLDS.emojiMin) {
    // Emoji and nothing else: as heavy as it gets.
    warnings.push({ code: 'emoji_heavy', count: emoji, per100Words: 100 });
  }
  if (personalData.length > 0) {
    const kinds = PERSONAL_DATA_KINDS.filter((k) => personalData.some((p) => p.kind === k));
    warnings.push({ code: 'personal_data', count: personalData.length, kinds });
  }

  return {
    platform,
    limit,
    length,
    firstLine: firstLine.shown,
    firstLineLength: firstLine.length,
    hashtags,
    cta: ctaPhrases.length > 0,
    ctaPhrases,
    jargon,
    links: links.map((l) => l.text),
    mentions: distinctMatches(mentions),
    words: allWords.length,
    sentences: sentences.length,
    wordsPerSentence: mean(sentences),
    syllablesPerWord: lettered.length === 0 ? null : syllables / lettered.length,
    longSentences,
    emoji,
    emojiDensity,
    shoutedWords: shouting.shouted,
    personalData,
    warnings,
  };
}
