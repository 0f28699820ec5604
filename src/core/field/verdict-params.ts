/**
 * The comparison of variants (`compare.ts`) in the reader's words: the parameters of its sentences
 * (`field.verdict.*` and `field.test.*`, docs/field.md "The verdict in plain words") with names instead of
 * ids, shares and probabilities as whole percentages, the outcome by its label, and the p-value with its
 * sign. One definition for the live field dashboard and the campaign scorecard, so both say the same.
 */
import { INTL_TAG, type Locale } from '../i18n/locales.ts';
import type { Params } from '../i18n/translate.ts';

/** A share (0–1) as a whole percentage: `24%`. */
export function formatShare(locale: Locale, fraction: number): string {
  return new Intl.NumberFormat(INTL_TAG[locale], { style: 'percent', maximumFractionDigits: 0 }).format(
    fraction,
  );
}

/** Below this a p-value is written as a bound: three decimals say nothing more about it. */
const P_FLOOR = 0.001;

/**
 * A p-value with its relation, as it stands in the sentence: `p < 0,001`, else `p = 0,043` (at most three
 * decimals, in the reader's notation). The relation belongs to the value: `p = < 0,001` is what a
 * template with a fixed `=` wrote before.
 */
export function formatPValue(locale: Locale, p: number): string {
  const number = (value: number) =>
    new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: 3 }).format(value);
  return p < P_FLOOR ? `p < ${number(P_FLOOR)}` : `p = ${number(p)}`;
}

export interface VerdictNames {
  /** A variant's name by its id (the id itself when the variant is gone). */
  variant: (id: string) => string;
  /** An outcome's label in the reader's language by its id. */
  outcome: (id: string) => string;
}

const VARIANT_KEYS = ['leader', 'runner_up', 'variant'] as const;
const SHARE_KEYS = ['share', 'low', 'high', 'probability', 'runner_up_share'] as const;

/**
 * The parameters of a verdict (`Comparison.verdict.params`) or of the test's sentence (`{ p }`) as their
 * sentences need them. Counts (`n`, `min`, `variants`) stay numbers; the outcome's label is lower-cased
 * by the reader's rules, since it stands inside a sentence.
 */
export function verdictParams(
  params: Readonly<Record<string, string | number>>,
  names: VerdictNames,
  locale: Locale,
): Params {
  const out: Params = { ...params };
  for (const key of VARIANT_KEYS) {
    const value = params[key];
    if (typeof value === 'string') out[key] = names.variant(value);
  }
  for (const key of SHARE_KEYS) {
    const value = params[key];
    if (typeof value === 'number') out[key] = formatShare(locale, value);
  }
  if (typeof params.outcome === 'string')
    out.outcome = names.outcome(params.outcome).toLocaleLowerCase(INTL_TAG[locale]);
  if (typeof params.p === 'number') out.p = formatPValue(locale, params.p);
  return out;
}
