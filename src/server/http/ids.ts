import { AppError } from '#core/errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id is simply an unknown one: 404, never a database error. */
export function assertUuid(id: string): string {
  if (!UUID.test(id)) throw new AppError('not_found');
  return id;
}
