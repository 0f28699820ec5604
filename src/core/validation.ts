import type { z } from 'zod';
import { AppError, type FieldIssue } from './errors.ts';

/**
 * Turns zod's issues into Lantang's field issues. Rules are our own stable ids (translated in the catalogue),
 * never zod's English messages, so every language names the field and the rule in its own words.
 */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[], input: unknown): FieldIssue[] {
  return issues.flatMap((issue): FieldIssue[] => {
    const field = issue.path.map(String).join('.') || 'body';
    switch (issue.code) {
      case 'invalid_type': {
        const value = valueAt(input, issue.path);
        return [{ field, rule: value === undefined || value === null || value === '' ? 'required' : 'type' }];
      }
      case 'too_small': {
        const min = Number(issue.minimum);
        if (issue.origin === 'string')
          return [{ field, rule: min <= 1 ? 'required' : 'too_short', params: { min } }];
        if (issue.origin === 'array') return [{ field, rule: 'too_few', params: { min } }];
        return [{ field, rule: 'too_small', params: { min } }];
      }
      case 'too_big': {
        const max = Number(issue.maximum);
        if (issue.origin === 'string') return [{ field, rule: 'too_long', params: { max } }];
        if (issue.origin === 'array') return [{ field, rule: 'too_many', params: { max } }];
        return [{ field, rule: 'too_big', params: { max } }];
      }
      case 'invalid_format': {
        const known: Record<string, string> = { email: 'email', uuid: 'uuid', date: 'date', time: 'time' };
        const rule = known[issue.format] ?? (typeof issue.message === 'string' ? issue.message : 'invalid');
        return [{ field, rule: /^[a-z_]+$/.test(rule) ? rule : 'invalid' }];
      }
      case 'invalid_value':
        return [{ field, rule: 'choice' }];
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({
          field: field === 'body' ? key : `${field}.${key}`,
          rule: 'unknown_key',
        }));
      case 'custom':
        // Custom refinements put their rule id in the message (e.g. 'date_order').
        return [{ field, rule: /^[a-z_]+$/.test(issue.message) ? issue.message : 'invalid' }];
      default:
        return [{ field, rule: 'invalid' }];
    }
  });
}

/** The value at a path in the raw input (zod does not report the offending input by default). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Parses input with a schema or throws AppError('validation') carrying every field issue. */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new AppError('validation', { fields: toFieldIssues(result.error.issues, data) });
  return result.data;
}
