import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPTION_WARNING_CODES, checkCaption, PERSONAL_DATA_KINDS } from './caption-checks.ts';
import { CAPTION_PLATFORMS } from './lexicons.ts';

/** Caption-like text: words, capitals, digits, hashtags, mentions, links, emoji and line breaks mixed. */
const pieces = fc.constantFrom(
  'ayo',
  'Dukung',
  'buruh',
  'UMP',
  'TOLAK',
  '#BuruhBersatu',
  '@serikat',
  'https://s.id/x',
  '0812-3456-7890',
  '3201234507900001',
  'a@b.id',
  '10.000',
  'dll.',
  '🔥',
  '🇮🇩',
  '👨‍👩‍👧',
  '(',
  ')',
  '.',
  '!',
  '\n',
  '\r\n',
  ' ',
  '\u200D',
  '\uFE0F',
  '\uD83D', // a lone surrogate: broken text must not break the checks
);
const captionLike = fc.array(pieces, { maxLength: 80 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  captionLike,
);

describe('any string is a caption', () => {
  it('never throws; length is the code point count; warnings come from the known set, each once', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.constantFrom(...CAPTION_PLATFORMS),
        fc.array(fc.string(), { maxLength: 3 }),
        (text, platform, extraJargon) => {
          const report = checkCaption(text, { platform, extraJargon });
          expect(report.length).toBe([...text].length);
          const codes = report.warnings.map((w) => w.code);
          for (const code of codes) expect(CAPTION_WARNING_CODES).toContain(code);
          expect(new Set(codes).size).toBe(codes.length);
          expect(codes.includes('too_many_hashtags') && codes.includes('many_hashtags')).toBe(false);
          expect(report.cta).toBe(report.ctaPhrases.length > 0);
          expect(codes.includes('no_cta')).toBe(!report.cta);
          for (const p of report.personalData) {
            expect(PERSONAL_DATA_KINDS).toContain(p.kind);
            expect(text).toContain(p.text);
          }
          for (const h of report.hashtags) expect(text).toContain(h);
          expect(report.longSentences).toBeLessThanOrEqual(report.sentences);
          expect(JSON.parse(JSON.stringify(report))).toEqual(report);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('the first line shown is never longer than the first line, nor than 125 code points without a break', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const report = checkCaption(text);
        expect([...report.firstLine].length).toBeLessThanOrEqual(report.firstLineLength);
        if (!/[\n\r\u0085\u2028\u2029]/u.test(text.trim())) {
          expect([...report.firstLine].length).toBeLessThanOrEqual(125);
        }
      }),
    );
  });
});
