/**
 * The session form's rules, apart from the page: one form for a new session and for changing one. New
 * variants come by line (names, and target links in the same order); a session's own variants are rows that
 * keep their id (and so their tallies and printed QR codes). Times: #web/app/local-input.ts.
 */
import type { FieldIssue } from '#core/errors.ts';
import { fromLocalInput, toLocalInput } from '#web/app/local-input.ts';
import { SUGGESTED_EXTRAS } from './choices.ts';
import type { SessionView } from './dashboard.ts';
import type { FieldSummary, LocalLabel } from './types.ts';

export interface VariantDraft {
  name: string;
  targetUrl: string | null;
}

/** One variant per non-empty line; the n-th target line belongs to the n-th variant (blank: none). */
export function variantsFromLines(names: string, targets: string): VariantDraft[] {
  const urls = targets.split('\n').map((l) => l.trim());
  return names
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((name, i) => ({ name, targetUrl: urls[i] ? (urls[i] as string) : null }));
}

/** A poster of one of the programme's campaign plans, ticked to become a new variant. */
export interface PosterChoice {
  campaignId: string;
  assetId: string;
  name: string;
}

/** A session as the facilitator's routes send it, with the variants' links to their plans. */
export interface EditableSession extends Omit<SessionView, 'variants'> {
  variants: Array<SessionView['variants'][number] & { campaignId: string | null; assetId: string | null }>;
}

/** A variant of the session as the form shows it ('' for none); `tallied` responses forbid removing it. */
export interface VariantRow {
  id: string;
  name: string;
  targetUrl: string;
  campaignId: string;
  assetId: string;
  remove: boolean;
  tallied: number;
}

export interface ExtraChoice {
  id: string;
  label: LocalLabel;
  colour: string;
}

export interface SessionDraft {
  name: string;
  place: string;
  /** `datetime-local` values in `timeZone`. */
  startsAt: string;
  endsAt: string;
  timeZone: string;
  /** The session's own variants (none for a new session). */
  rows: VariantRow[];
  /** New variants, one per line, and their target links in the same order. */
  lines: string;
  targets: string;
  posters: PosterChoice[];
  extras: ExtraChoice[];
  teamIds: string[];
  retention: string;
}

const HOUR_MS = 3_600_000;
const DEFAULT_ZONE = 'Asia/Jakarta';

/** A new session: from the next full hour for four hours, in Jakarta's time unless changed. */
export function newDraft(now: number): SessionDraft {
  const start = Math.ceil(now / HOUR_MS) * HOUR_MS;
  return {
    name: '',
    place: '',
    startsAt: toLocalInput(new Date(start).toISOString(), DEFAULT_ZONE),
    endsAt: toLocalInput(new Date(start + 4 * HOUR_MS).toISOString(), DEFAULT_ZONE),
    timeZone: DEFAULT_ZONE,
    rows: [],
    lines: '',
    targets: '',
    posters: [],
    extras: [],
    teamIds: [],
    retention: '30',
  };
}

/** The form filled with a session, each variant with the responses already logged for it. */
export function draftOf(session: EditableSession, summary?: Pick<FieldSummary, 'by_variant'>): SessionDraft {
  const tallied = new Map((summary?.by_variant ?? []).map((r) => [r.variant, r.total]));
  return {
    name: session.name,
    place: session.place,
    startsAt: toLocalInput(session.startsAt, session.timeZone),
    endsAt: toLocalInput(session.endsAt, session.timeZone),
    timeZone: session.timeZone,
    rows: session.variants.map((v) => ({
      id: v.id,
      name: v.name,
      targetUrl: v.targetUrl ?? '',
      campaignId: v.campaignId ?? '',
      assetId: v.assetId ?? '',
      remove: false,
      tallied: tallied.get(v.id) ?? 0,
    })),
    lines: '',
    targets: '',
    posters: [],
    extras: session.outcomes
      .filter((o) => o.extra)
      .map((o) => ({ id: o.id, label: { ...o.label }, colour: o.colour })),
    teamIds: session.teams.map((t) => t.id),
    retention: String(session.retentionDays),
  };
}

/** The extras to offer: the suggested ones, then any other the session has. */
export function extraChoices(session?: Pick<SessionView, 'outcomes'>): ExtraChoice[] {
  const out: ExtraChoice[] = SUGGESTED_EXTRAS.map((e) => ({
    id: e.id,
    label: { ...e.label },
    colour: e.colour,
  }));
  for (const o of session?.outcomes ?? [])
    if (o.extra && !out.some((e) => e.id === o.id))
      out.push({ id: o.id, label: { ...o.label }, colour: o.colour });
  return out;
}

/** Ticked posters first, then the typed lines; the target lines pair with them in that order. */
function newVariants(draft: SessionDraft) {
  return variantsFromLines([...draft.posters.map((p) => p.name), draft.lines].join('\n'), draft.targets).map(
    (v, i) => {
      const poster = draft.posters[i];
      return poster ? { ...v, campaignId: poster.campaignId, assetId: poster.assetId } : v;
    },
  );
}

/** Each time as an instant in the session's zone; a value that is not a time is sent as typed, to be named. */
function window(draft: SessionDraft) {
  return {
    startsAt: fromLocalInput(draft.startsAt, draft.timeZone) ?? draft.startsAt,
    endsAt: fromLocalInput(draft.endsAt, draft.timeZone) ?? draft.endsAt,
  };
}

const trimmedLabel = (e: ExtraChoice) => ({
  id: e.id,
  label: { id: e.label.id.trim(), en: e.label.en.trim() },
  colour: e.colour,
});

/** `POST /api/programmes/:id/field-sessions`. */
export function createBody(draft: SessionDraft) {
  return {
    name: draft.name,
    place: draft.place,
    ...window(draft),
    timeZone: draft.timeZone,
    variants: newVariants(draft),
    extraOutcomes: draft.extras.map(trimmedLabel),
    teamIds: draft.teamIds,
    retentionDays: Number(draft.retention),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * `PATCH /api/field/sessions/:id`: every setting, of the times those changed, and of the variants only what
 * changed — a removal, a new name, target or plan — then the new ones. The join code is never sent: it does
 * not change.
 */
export function updateBody(draft: SessionDraft, session: EditableSession) {
  const changes: Array<Record<string, unknown>> = [];
  for (const row of draft.rows) {
    const was = session.variants.find((v) => v.id === row.id);
    if (!was) continue;
    if (row.remove) {
      changes.push({ id: row.id, remove: true });
      continue;
    }
    const change: Record<string, unknown> = {};
    if (row.name.trim() !== was.name) change.name = row.name;
    if (orNull(row.targetUrl) !== was.targetUrl) change.targetUrl = orNull(row.targetUrl);
    if (orNull(row.campaignId) !== was.campaignId) change.campaignId = orNull(row.campaignId);
    if (orNull(row.assetId) !== was.assetId) change.assetId = orNull(row.assetId);
    if (Object.keys(change).length > 0) changes.push({ id: row.id, ...change });
  }
  // A time is sent only when it was changed (or the zone was): the inputs hold whole minutes, and saving a
  // session must not move a start or end that had seconds.
  const times = window(draft);
  const zoneChanged = draft.timeZone !== session.timeZone;
  const changed = (key: 'startsAt' | 'endsAt') =>
    zoneChanged || draft[key] !== toLocalInput(session[key], session.timeZone) ? { [key]: times[key] } : {};
  return {
    name: draft.name,
    place: draft.place,
    ...changed('startsAt'),
    ...changed('endsAt'),
    timeZone: draft.timeZone,
    variants: [...changes, ...newVariants(draft)],
    extraOutcomes: draft.extras.map(trimmedLabel),
    teamIds: draft.teamIds,
    retentionDays: Number(draft.retention),
  };
}

/**
 * The server's issues about variants, by the variant they are about: `variants.<i>…` names the i-th entry
 * sent, which is a variant of the session (by its id) or a new one. Issues about the list as a whole, and
 * about new variants, are `other`.
 */
export function issuesByVariant(
  fields: readonly FieldIssue[],
  sent: readonly object[],
): { rows: Map<string, FieldIssue[]>; other: FieldIssue[] } {
  const rows = new Map<string, FieldIssue[]>();
  const other: FieldIssue[] = [];
  for (const issue of fields) {
    const match = /^variants\.(\d+)(?:\.|$)/.exec(issue.field);
    if (!match && !issue.field.startsWith('variants')) continue;
    const entry = match ? (sent[Number(match[1])] as { id?: unknown } | undefined) : undefined;
    const id = entry?.id;
    if (typeof id === 'string') rows.set(id, [...(rows.get(id) ?? []), issue]);
    else other.push(issue);
  }
  return { rows, other };
}

/** The part of a variant an issue is about: `variants.2.targetUrl` → `targetUrl`; the variant itself → ''. */
export const issuePart = (issue: FieldIssue) => /^variants\.\d+\.(\w+)/.exec(issue.field)?.[1] ?? '';
