/**
 * The caption checks in words: each warning as a sentence in the reader's language with its numbers
 * formatted for that language ("2.350" in Indonesian, "2,350" in English), and the report as the JSON
 * of `lantang caption check --json`.
 */
import { formatNumber } from '../i18n/format.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type { caption } from '../i18n/messages/id/caption.ts';
import type { Params } from '../i18n/translate.ts';
import type { CaptionReport, CaptionWarning, CaptionWarningCode, PersonalDataHit } from './caption-checks.ts';
import type { CaptionPlatform } from './lexicons.ts';

export type CaptionMessageKey = keyof typeof caption;
/** The translate function of src/core/i18n, narrowed to the caption catalogue. */
export type CaptionTranslate = (key: CaptionMessageKey, params?: Params) => string;

export function captionWarningMessage(
  t: CaptionTranslate,
  warning: CaptionWarning,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const n = (value: number, digits = 0) => formatNumber(locale, value, digits);
  const key = `caption.${warning.code}.message` as const;
  switch (warning.code) {
    case 'too_long':
      return t(key, {
        length: n(warning.length),
        limit: n(warning.limit),
        platform: t(`caption.platform.${warning.platform}`),
      });
    case 'long_first_line':
      return t(key, { length: n(warning.length), limit: n(warning.limit) });
    case 'long_sentences':
      return t(key, { count: n(warning.count), limit: n(warning.limit) });
    case 'too_many_hashtags':
    case 'many_hashtags':
      return t(key, { count: n(warning.count), limit: n(warning.limit) });
    case 'no_cta':
      return t(key);
    case 'jargon':
      return t(key, { terms: warning.terms.join(', ') });
    case 'shouting':
      return t(key, { words: n(warning.words), share: n(warning.share * 100), run: n(warning.run) });
    case 'emoji_heavy':
      return t(key, { count: n(warning.count), density: n(warning.per100Words, 1) });
    case 'personal_data':
      return t(key, {
        count: n(warning.count),
        kinds: warning.kinds.map((k) => t(`caption.kind.${k}`)).join(', '),
      });
  }
}

/** The JSON of `lantang caption check --json`; the keys are a public interface (docs/caption-checks.md). */
export interface CaptionJson {
  platform: CaptionPlatform;
  limit: number;
  length: number;
  first_line: string;
  first_line_length: number;
  hashtags: string[];
  cta: boolean;
  cta_phrases: string[];
  jargon: string[];
  words: number;
  sentences: number;
  words_per_sentence: number | null;
  syllables_per_word: number | null;
  long_sentences: number;
  emoji: number;
  emoji_density: number | null;
  links: string[];
  mentions: string[];
  shouted_words: number;
  personal_data: PersonalDataHit[];
  warnings: Array<{ code: CaptionWarningCode; message: string }>;
}

export function captionJson(report: CaptionReport, t: CaptionTranslate, locale: Locale): CaptionJson {
  return {
    platform: report.platform,
    limit: report.limit,
    length: report.length,
    first_line: report.firstLine,
    first_line_length: report.firstLineLength,
    hashtags: report.hashtags,
    cta: report.cta,
    cta_phrases: report.ctaPhrases,
    jargon: report.jargon,
    words: report.words,
    sentences: report.sentences,
    words_per_sentence: report.wordsPerSentence,
    syllables_per_word: report.syllablesPerWord,
    long_sentences: report.longSentences,
    emoji: report.emoji,
    emoji_density: report.emojiDensity,
    links: report.links,
    mentions: report.mentions,
    shouted_words: report.shoutedWords,
    personal_data: report.personalData,
    warnings: report.warnings.map((w) => ({ code: w.code, message: captionWarningMessage(t, w, locale) })),
  };
}
