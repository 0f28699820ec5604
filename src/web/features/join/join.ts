/** Pure rules of the join form (tested without a browser). */

/** Join codes are shown and typed in capitals; spaces and stray characters are dropped. */
export function normaliseCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[^A-Z0-9-]/g, '')
    .slice(0, 32);
}

/** Keeps only digits, at most six. */
export function sanitisePin(input: string): string {
  return input.replace(/\D/g, '').slice(0, 6);
}

export function isValidPin(pin: string): boolean {
  return /^\d{4,6}$/.test(pin);
}

export interface JoinBody {
  code: string;
  name: string;
  pin: string;
  organisationId?: string;
}

export function joinBody(code: string, name: string, pin: string, organisationId: string): JoinBody {
  const body: JoinBody = { code: normaliseCode(code), name: name.trim().replace(/\s+/g, ' '), pin };
  if (organisationId) body.organisationId = organisationId;
  return body;
}
