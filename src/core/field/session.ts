/**
 * What the pure field functions need to know about a field session. The server loads it from the database;
 * each function takes only the fields it uses (`Pick<FieldSession, …>`), so a caller never has to invent
 * values it does not have.
 */
export interface FieldSession {
  /** Variant ids (the posters or messages tested), in the order the facilitator gave them. */
  variants: readonly string[];
  /** Outcome ids, defaults first (see outcomes.ts), in the order the buttons show them. */
  outcomes: readonly string[];
  /** Team ids that may log in this session. */
  teams: readonly string[];
  /** The session's window as UTC instants in milliseconds: [startsAt, endsAt). */
  startsAt: number;
  endsAt: number;
  /** IANA time zone of the place (Asia/Jakarta for Car Free Day): hours and days are counted in it. */
  timeZone: string;
  /** Whole days that photos and quotes are kept after the session's last day (see retention.ts). */
  retentionDays: number;
}

export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;
