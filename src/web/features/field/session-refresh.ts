/**
 * Following a facilitator's changes on a volunteer's phone: the session read again from the server
 * (`GET /api/field/session`) replaces the one kept since the join, and the volunteer's choices of variant
 * and team are kept when they still exist. Pure: the store fetches, keeps and shows.
 *
 * Taps already in the outbox are never touched: they are sent with the variant and team they were logged
 * under, and the server answers for each (a removed variant's tally is refused as `unknown_variant`).
 */
import type { VolunteerSession } from './types.ts';

/** At most one read every 30 s after a sync; starting and coming back online read at once. */
export const REFRESH_MS = 30_000;

/** What the volunteer is told after a change: the variant or team they had chosen is gone. */
export type SessionNotice = { kind: 'variant'; gone: string; now: string } | { kind: 'team'; gone: string };

export interface Choices {
  session: VolunteerSession;
  variant: string;
  team: string;
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object';
const isNamed = (value: unknown) => isRecord(value) && isText(value.id) && isText(value.name);
const isOutcome = (value: unknown) =>
  isRecord(value) &&
  isText(value.id) &&
  isText(value.colour) &&
  isRecord(value.label) &&
  isText(value.label.id) &&
  isText(value.label.en);

/**
 * The session of the server's answer, or null when it is not one the page can show (no variant to tap
 * for, a malformed answer): the page then keeps what it had.
 */
export function readSession(body: unknown): VolunteerSession | null {
  const session = isRecord(body) ? body.session : null;
  if (!isRecord(session) || !isText(session.id) || !isText(session.name)) return null;
  const { variants, outcomes, teams } = session;
  if (!Array.isArray(variants) || variants.length === 0 || !variants.every(isNamed)) return null;
  if (!Array.isArray(outcomes) || outcomes.length === 0 || !outcomes.every(isOutcome)) return null;
  if (teams !== undefined && !(Array.isArray(teams) && teams.every(isNamed))) return null;
  return session as unknown as VolunteerSession;
}

/** Whether a read is due: always when forced (start, back online), else once `REFRESH_MS` has passed. */
export const refreshDue = (lastAt: number, now: number, force: boolean): boolean =>
  force || now - lastAt >= REFRESH_MS;

/**
 * The volunteer's state with the fresh session: the chosen variant and team stay when they are still in
 * it; a removed variant falls back to the first one, a removed team to no team (a tap is better counted
 * without a team than under someone else's), each with a notice. Null when nothing changed, or when the
 * answer is for another session (the volunteer left and joined another meanwhile).
 */
export function mergeSession<T extends Choices>(
  current: T,
  fresh: VolunteerSession,
): { next: T; notices: SessionNotice[] } | null {
  if (fresh.id !== current.session.id) return null;
  const notices: SessionNotice[] = [];
  let { variant, team } = current;
  if (!fresh.variants.some((v) => v.id === variant)) {
    const first = fresh.variants[0];
    const gone = current.session.variants.find((v) => v.id === variant);
    variant = first?.id ?? '';
    if (gone && first) notices.push({ kind: 'variant', gone: gone.name, now: first.name });
  }
  if (team && !(fresh.teams ?? []).some((t) => t.id === team)) {
    const gone = current.session.teams?.find((t) => t.id === team);
    team = '';
    if (gone) notices.push({ kind: 'team', gone: gone.name });
  }
  const unchanged =
    variant === current.variant &&
    team === current.team &&
    JSON.stringify(fresh) === JSON.stringify(current.session);
  if (unchanged) return null;
  return { next: { ...current, session: fresh, variant, team }, notices };
}
