/**
 * `lantang caption check [--platform instagram|tiktok|facebook] [--lang id|en] [--json] < FILE`: the
 * caption checks of the review from the terminal, on the same core as the web app. Warnings are advice,
 * so a caption with warnings still exits with 0; only wrong usage exits with 2.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatNumber } from '#core/i18n/format.ts';
import { isLocale, LOCALES, type Locale } from '#core/i18n/locales.ts';
import { type CaptionReport, checkCaption } from '#core/review/caption-checks.ts';
import { captionJson } from '#core/review/caption-messages.ts';
import { CAPTION_PLATFORMS, type CaptionPlatform, isCaptionPlatform } from '#core/review/lexicons.ts';
import { translatorFor } from '#server/http/i18n.ts';
import { tt } from '#server/terminal.ts';
import { UsageError } from './assessment.ts';

export interface CaptionCheckOptions {
  platform: string | undefined;
  lang: string | undefined;
  json: boolean;
}

function platformOf(value: string | undefined): CaptionPlatform {
  if (value === undefined) return 'instagram';
  if (isCaptionPlatform(value)) return value;
  throw new UsageError(tt('cli.caption.bad_platform', { value, known: CAPTION_PLATFORMS.join(', ') }));
}

function localeOf(value: string | undefined): Locale {
  // The warnings are in Indonesian unless asked otherwise, whatever the terminal's language: the JSON is
  // read by programs as much as by people.
  if (value === undefined) return 'id';
  if (isLocale(value)) return value;
  throw new UsageError(tt('cli.caption.bad_lang', { value, known: LOCALES.join(', ') }));
}

/**
 * The caption as the author wrote it: a file saved by an editor or produced by `echo` has a byte order
 * mark, Windows line endings or a final line break that are not part of the caption.
 */
export function captionFromFile(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n/g, '\n')
    .replace(/\n$/, '');
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Standard input, or FILE when one is named (`-` is standard input too). */
export async function readCaption(file: string | undefined): Promise<string> {
  if (file !== undefined && file !== '-') {
    const path = resolve(file);
    try {
      return captionFromFile(readFileSync(path, 'utf8'));
    } catch {
      // A missing or unreadable file is a usage problem with its own message, not a crash.
      throw new UsageError(tt('cli.file_missing', { file: path }));
    }
  }
  // Waiting for a person to type a caption would look like a hang: ask for a file instead.
  if (process.stdin.isTTY) throw new UsageError(tt('cli.caption.need_input'));
  return captionFromFile(await readAll(process.stdin));
}

function summary(report: CaptionReport, locale: Locale): string {
  const { t } = translatorFor(locale);
  const n = (value: number | null, digits = 0) =>
    value === null ? t('cli.caption.none') : formatNumber(locale, value, digits);
  const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : t('cli.caption.none'));
  const warnings = captionJson(report, t, locale).warnings;
  return [
    t('cli.caption.length', {
      length: n(report.length),
      platform: t(`caption.platform.${report.platform}`),
      limit: n(report.limit),
    }),
    t('cli.caption.first_line', { length: n(report.firstLineLength) }),
    t('cli.caption.hashtags', { count: n(report.hashtags.length), list: list(report.hashtags) }),
    t('cli.caption.cta', { list: list(report.ctaPhrases) }),
    t('cli.caption.jargon', { list: list(report.jargon) }),
    t('cli.caption.readability', {
      words: n(report.wordsPerSentence, 1),
      syllables: n(report.syllablesPerWord, 1),
      long: n(report.longSentences),
    }),
    t('cli.caption.emoji', { count: n(report.emoji) }),
    t('cli.caption.links', { list: list(report.links) }),
    t('cli.caption.mentions', { list: list(report.mentions) }),
    t('cli.caption.personal_data', {
      list: list(report.personalData.map((p) => `${p.text} (${t(`caption.kind.${p.kind}`)})`)),
    }),
    '',
    ...(warnings.length === 0
      ? [t('cli.caption.no_warnings')]
      : [
          t('cli.caption.warnings', { count: n(warnings.length) }),
          ...warnings.map((w) => t('cli.caption.warning', { message: w.message, code: w.code })),
        ]),
  ].join('\n');
}

export interface CaptionCheck {
  platform: CaptionPlatform;
  locale: Locale;
  json: boolean;
}

/** Checks the options before anything is read, so wrong usage never waits for input. */
export function captionCheckOf(options: CaptionCheckOptions): CaptionCheck {
  return { platform: platformOf(options.platform), locale: localeOf(options.lang), json: options.json };
}

/** `lantang caption check`: the JSON report, or a short summary for people. */
export function checkCaptionText(caption: string, check: CaptionCheck): string {
  const report = checkCaption(caption, { platform: check.platform });
  const { t } = translatorFor(check.locale);
  return check.json
    ? JSON.stringify(captionJson(report, t, check.locale), null, 2)
    : summary(report, check.locale);
}
