/**
 * Counts as the exports write them. Every metric we import is a whole number of people, views or
 * actions, so a fractional value is an error rather than a number to round. What is accepted:
 *
 * | cell                      | value       | why                                                     |
 * | ------------------------- | ----------- | ------------------------------------------------------- |
 * | empty, `undefined`        | null        | TikTok writes the literal `undefined` for "no figure"   |
 * | `1234`, `-3`, `−3`        | the integer | negative daily counts are real (followers lost)         |
 * | `1,234,567` (en style)    | 1234567     | a quoted English cell with thousands separators         |
 * | `1.234.567` (id style)    | 1234567     | Indonesian (and Greek, German, …) group with dots       |
 * | `1 234` (space or NBSP)   | 1234        | French and others group with (narrow) spaces            |
 * | anything else             | invalid     | `1.5`, `1,5`, `1,23`, `12k`, `1.234` in an en-style file |
 *
 * A group separator must sit between groups of exactly three digits, so `1,23` or `12.34` are never
 * silently read as 123 or 1234. Which separator means "thousands" depends on the file's language,
 * because `1.234` is a thousand and more in an Indonesian file but one and a bit in an English one.
 */

/** `en`: comma groups thousands; `id`: dot groups thousands (and comma is the decimal mark). */
export type NumberStyle = 'en' | 'id';

export type NumberResult = number | null | 'invalid';

const SPACE_GROUPS = /^\d{1,3}([ \u00a0\u202f]\d{3})+$/;
const COMMA_GROUPS = /^\d{1,3}(,\d{3})+$/;
const DOT_GROUPS = /^\d{1,3}(\.\d{3})+$/;

export function parseCount(raw: string, style: NumberStyle = 'en'): NumberResult {
  // Most cells are plain digits: read them without trimming, lower-casing or regular expressions.
  const plain = plainDigits(raw);
  if (plain !== null) return plain;
  const text = raw.trim();
  if (text === '' || text.toLowerCase() === 'undefined') return null;
  const negative = text.startsWith('-') || text.startsWith('\u2212');
  const body = negative ? text.slice(1) : text;
  let digits: string | null = null;
  if (/^\d+$/.test(body)) digits = body;
  else if (SPACE_GROUPS.test(body)) digits = body.replace(/\D/g, '');
  else if (style === 'en' && COMMA_GROUPS.test(body)) digits = body.replace(/,/g, '');
  else if (style === 'id' && DOT_GROUPS.test(body)) digits = body.replace(/\./g, '');
  if (digits === null) return 'invalid';
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) return 'invalid';
  return negative ? -value : value;
}

/** The value of a cell of 1–15 ASCII digits and nothing else (always a safe integer); null otherwise. */
function plainDigits(raw: string): number | null {
  const length = raw.length;
  if (length === 0 || length > 15) return null;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = raw.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return null;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * A non-negative decimal such as a video's duration in seconds: `12.5` in en style, `12,5` in id style,
 * or a count as above.
 */
export function parseDecimal(raw: string, style: NumberStyle = 'en'): NumberResult {
  const plain = plainDigits(raw);
  if (plain !== null) return plain;
  const text = raw.trim();
  const decimal = style === 'en' ? /^\d+\.\d+$/ : /^\d+,\d+$/;
  if (decimal.test(text)) return Number(text.replace(',', '.'));
  return parseCount(text, style);
}

/** The thousands style of a file written in a given interface language. */
export function numberStyleOf(language: string | null): NumberStyle {
  return language === null || language === 'en' ? 'en' : 'id';
}
