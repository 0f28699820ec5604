import { AppError } from '#core/errors.ts';

/** True when a database error (possibly wrapped by Drizzle) is a unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    if (typeof current === 'object' && current !== null && 'code' in current && current.code === '23505')
      return true;
    current =
      typeof current === 'object' && current !== null && 'cause' in current ? current.cause : undefined;
  }
  return false;
}

/**
 * A catch handler for inserts and updates: a unique-constraint violation becomes the user-facing error
 * (`conflict` unless said otherwise); anything else is thrown on unchanged.
 */
export function duplicateAs(code: 'conflict' | 'email_taken' = 'conflict') {
  return (error: unknown): never => {
    if (isUniqueViolation(error)) throw new AppError(code, { cause: error });
    throw error;
  };
}
