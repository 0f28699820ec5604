import { createHash } from 'node:crypto';

/** Hex SHA-256: how every secret token (sessions, invitations, devices, personal codes) is stored. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
