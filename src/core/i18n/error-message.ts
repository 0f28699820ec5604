import type { ErrorCode, FieldIssue } from '../errors.ts';
import type { Params } from './translate.ts';

type T = (key: string, params?: Params) => string;

/** The translated sentence for one field issue, naming the field in the reader's language. */
export function describeFieldIssue(t: T, issue: FieldIssue, has: (key: string) => boolean): string {
  const leaf =
    issue.field
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .pop() ?? 'body';
  const field = has(`field.${leaf}`) ? t(`field.${leaf}`) : leaf;
  const rule = has(`rule.${issue.rule}`) ? `rule.${issue.rule}` : 'rule.invalid';
  return t(rule, { ...issue.params, field });
}

/** The headline message for an error code, e.g. for a toast or a form-level alert. */
export function describeError(t: T, code: ErrorCode | 'network', params?: Params): string {
  return t(`error.${code}`, params);
}
