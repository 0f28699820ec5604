/**
 * Field sessions as the facilitator sets them up: the window, the variants with their tracked links, the
 * outcomes, the teams and how long photos and quotes are kept. Only facilitators of the programme (and
 * admins) create, see and change them; volunteers reach a session through its join code only.
 */
import { randomBytes } from 'node:crypto';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import QRCode from 'qrcode';
import { AppError, type FieldIssue } from '#core/errors.ts';
import { shortCode } from '#core/field/links.ts';
import { type Outcome, sessionOutcomes } from '#core/field/outcomes.ts';
import { deleteAt } from '#core/field/retention.ts';
import type { FieldSession } from '#core/field/session.ts';
import {
  applySessionEdit,
  removals,
  type SessionVariant,
  type StoredExtra,
} from '#core/field/session-edit.ts';
import { joinCodeFromBytes } from '#core/programme/schemas.ts';
import { writeAudit } from '../../audit/log.ts';
import type { Scope } from '../../auth/actor.ts';
import { loadProgramme } from '../../auth/programme-access.ts';
import type { Database } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import {
  assets,
  campaigns,
  fieldPhotos,
  fieldScans,
  fieldSessions,
  fieldTallies,
  teams,
} from '../../db/schema.ts';
import { assertUuid } from '../../http/ids.ts';
import {
  type CreateFieldSession,
  MAX_SESSION_DAYS,
  MAX_VARIANTS,
  type UpdateFieldSession,
} from './inputs.ts';

export type SessionRow = typeof fieldSessions.$inferSelect;

export type StoredVariant = SessionVariant;

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export function variantsOf(row: Pick<SessionRow, 'variants'>): StoredVariant[] {
  return row.variants.map((v) => ({
    id: String(v.id),
    name: String(v.name),
    campaignId: text(v.campaignId),
    assetId: text(v.assetId),
    targetUrl: text(v.targetUrl),
    shortCode: String(v.shortCode),
  }));
}

export function outcomesOf(row: Pick<SessionRow, 'extraOutcomes'>): Outcome[] {
  // Written by newSessionValues from checked input; read back as the extras they were.
  return sessionOutcomes(row.extraOutcomes as unknown as Parameters<typeof sessionOutcomes>[0]);
}

/** The session's extras as stored (without the three defaults). */
export function storedExtrasOf(row: Pick<SessionRow, 'extraOutcomes'>): StoredExtra[] {
  return outcomesOf(row)
    .filter((o) => o.extra)
    .map((o) => ({ id: o.id, label: o.label, colour: o.colour }));
}

/** The session as the pure field functions see it. */
export function coreSession(row: SessionRow): FieldSession {
  return {
    variants: variantsOf(row).map((v) => v.id),
    outcomes: outcomesOf(row).map((o) => o.id),
    teams: row.teamIds,
    startsAt: row.startsAt.getTime(),
    endsAt: row.endsAt.getTime(),
    timeZone: row.timeZone,
    retentionDays: row.retentionDays,
  };
}

export const fieldJoinUrl = (origin: string, code: string) => `${origin}/f/${encodeURIComponent(code)}`;
export const shortUrl = (origin: string, code: string) => `${origin}/l/${code}`;

const newCode = () => shortCode((n) => randomBytes(n));

type TeamNames = ReadonlyMap<string, string>;

/**
 * The names of a programme's teams by id: one query however many sessions are shown (a session names only
 * its programme's teams, checked when it is written).
 */
async function teamNamesOf(db: Database, programmeId: string): Promise<TeamNames> {
  const rows = await db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(eq(teams.programmeId, programmeId));
  return new Map(rows.map((r) => [r.id, r.name]));
}

function describeSession(row: SessionRow, origin: string, names: TeamNames) {
  return {
    id: row.id,
    programmeId: row.programmeId,
    name: row.name,
    place: row.place,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    timeZone: row.timeZone,
    joinCode: row.joinCode,
    joinUrl: fieldJoinUrl(origin, row.joinCode),
    variants: variantsOf(row).map((v) => ({ ...v, shortUrl: shortUrl(origin, v.shortCode) })),
    outcomes: outcomesOf(row),
    teams: row.teamIds.map((id) => ({ id, name: names.get(id) ?? null })),
    retentionDays: row.retentionDays,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function presentSession(db: Database, row: SessionRow, origin: string) {
  return describeSession(
    row,
    origin,
    row.teamIds.length > 0 ? await teamNamesOf(db, row.programmeId) : new Map(),
  );
}

/** A field session the actor may manage: a facilitator of its programme or an admin (else 404 / 403). */
export async function loadFieldSession(scope: Scope, id: string): Promise<SessionRow> {
  const [row] = await scope.db
    .select()
    .from(fieldSessions)
    .where(eq(fieldSessions.id, assertUuid(id)))
    .limit(1);
  if (!row) throw new AppError('not_found');
  await loadProgramme(scope, row.programmeId, 'manage');
  return row;
}

interface VariantLinks {
  campaignId?: string | null | undefined;
  assetId?: string | null | undefined;
}

/**
 * The teams, campaigns and posters named by a session must be the programme's own, and a poster named with
 * a plan must be that plan's. `variants` by the index of the input (null: nothing to check there).
 */
async function checkReferences(
  db: Database,
  programmeId: string,
  input: {
    teamIds?: readonly string[] | undefined;
    /** Teams the session has already: kept without a check (a team is taken out of it when deleted). */
    keptTeamIds?: readonly string[];
    variants: ReadonlyArray<VariantLinks | null>;
  },
) {
  const issues: FieldIssue[] = [];
  const teamIds = input.teamIds ?? [];
  const kept = new Set(input.keptTeamIds ?? []);
  if (teamIds.length > 0) {
    const found = await db
      .select({ id: teams.id })
      .from(teams)
      .where(and(eq(teams.programmeId, programmeId), inArray(teams.id, [...teamIds])));
    const known = new Set(found.map((r) => r.id));
    teamIds.forEach((id, i) => {
      if (!known.has(id) && !kept.has(id)) issues.push({ field: `teamIds.${i}`, rule: 'not_in_programme' });
    });
    if (new Set(teamIds).size !== teamIds.length) issues.push({ field: 'teamIds', rule: 'duplicate_id' });
  }
  for (const [i, v] of input.variants.entries()) {
    if (v?.campaignId) {
      const [c] = await db
        .select({ id: campaigns.id })
        .from(campaigns)
        .where(and(eq(campaigns.id, v.campaignId), eq(campaigns.programmeId, programmeId)))
        .limit(1);
      if (!c) issues.push({ field: `variants.${i}.campaignId`, rule: 'not_in_programme' });
    }
    if (v?.assetId) {
      const [a] = await db
        .select({ campaignId: assets.campaignId })
        .from(assets)
        .innerJoin(campaigns, eq(campaigns.id, assets.campaignId))
        .where(and(eq(assets.id, v.assetId), eq(campaigns.programmeId, programmeId)))
        .limit(1);
      if (!a) issues.push({ field: `variants.${i}.assetId`, rule: 'not_in_programme' });
      else if (v.campaignId && a.campaignId !== v.campaignId)
        issues.push({ field: `variants.${i}.assetId`, rule: 'not_in_campaign' });
    }
  }
  if (issues.length > 0) throw new AppError('validation', { fields: issues });
}

/** A short code no session uses yet (31⁷ codes: a clash is rare and simply drawn again). */
async function freeShortCodes(db: Database, n: number): Promise<string[]> {
  const codes: string[] = [];
  while (codes.length < n) {
    const code = newCode();
    if (codes.includes(code)) continue;
    const [taken] = await db
      .select({ id: fieldSessions.id })
      .from(fieldSessions)
      .where(sql`${fieldSessions.variants} @> ${JSON.stringify([{ shortCode: code }])}::jsonb`)
      .limit(1);
    if (!taken) codes.push(code);
  }
  return codes;
}

/** The values of a new session's row: generated variant ids and short codes, a join code and a scan salt. */
export async function newSessionValues(db: Database, programmeId: string, input: CreateFieldSession) {
  const codes = await freeShortCodes(db, input.variants.length);
  const ids = new Set<string>();
  const variants = input.variants.map((v, i) => {
    let id = newCode();
    while (ids.has(id)) id = newCode();
    ids.add(id);
    return {
      id,
      name: v.name,
      campaignId: v.campaignId ?? null,
      assetId: v.assetId ?? null,
      targetUrl: v.targetUrl,
      shortCode: codes[i] as string,
    };
  });
  const outcomes = sessionOutcomes(input.extraOutcomes);
  return {
    programmeId,
    name: input.name,
    place: input.place,
    startsAt: new Date(input.startsAt),
    endsAt: new Date(input.endsAt),
    timeZone: input.timeZone,
    variants,
    extraOutcomes: outcomes
      .filter((o) => o.extra)
      .map((o) => ({ id: o.id, label: o.label, colour: o.colour })),
    teamIds: input.teamIds,
    retentionDays: input.retentionDays,
    scanSalt: randomBytes(32).toString('hex'),
  };
}

export async function createFieldSession(
  scope: Scope,
  programmeId: string,
  input: CreateFieldSession,
  origin: string,
  ip: string,
) {
  const programme = await loadProgramme(scope, programmeId, 'manage');
  await checkReferences(scope.db, programme.id, input);
  const values = await newSessionValues(scope.db, programme.id, input);
  // 31⁸ join codes: a clash is rare, and simply retried.
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const [row] = await scope.db
        .insert(fieldSessions)
        .values({ ...values, joinCode: joinCodeFromBytes(randomBytes(8)), createdBy: scope.actor.userId })
        .returning();
      if (!row) throw new Error('field session insert returned nothing');
      await writeAudit(scope.db, {
        actorUserId: scope.actor.userId,
        action: 'field.session_created',
        targetType: 'field_session',
        targetId: row.id,
        ip,
        details: { programmeId: programme.id },
      });
      return presentSession(scope.db, row, origin);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new AppError('conflict');
}

export async function listFieldSessions(scope: Scope, programmeId: string, origin: string) {
  const programme = await loadProgramme(scope, programmeId, 'manage');
  const rows = await scope.db
    .select()
    .from(fieldSessions)
    .where(eq(fieldSessions.programmeId, programme.id))
    .orderBy(asc(fieldSessions.startsAt), asc(fieldSessions.createdAt));
  const names = rows.some((r) => r.teamIds.length > 0)
    ? await teamNamesOf(scope.db, programme.id)
    : new Map<string, string>();
  return rows.map((r) => describeSession(r, origin, names));
}

/** Tallies per variant or outcome id among `ids` (and, for variants, their links' scans). */
async function countsOf(
  db: Database,
  sessionId: string,
  kind: 'variant' | 'outcome' | 'team',
  ids: readonly string[],
) {
  const used = new Map<string, number>();
  if (ids.length === 0) return used;
  const column =
    kind === 'variant' ? fieldTallies.variant : kind === 'outcome' ? fieldTallies.outcome : fieldTallies.team;
  const tallied = await db
    .select({ id: column, n: count() })
    .from(fieldTallies)
    .where(and(eq(fieldTallies.sessionId, sessionId), inArray(column, [...ids])))
    .groupBy(column);
  for (const r of tallied) if (r.id !== null) used.set(r.id, r.n);
  if (kind === 'variant') {
    const scanned = await db
      .select({ id: fieldScans.variant, n: count() })
      .from(fieldScans)
      .where(and(eq(fieldScans.sessionId, sessionId), inArray(fieldScans.variant, [...ids])))
      .groupBy(fieldScans.variant);
    for (const r of scanned) used.set(r.id, (used.get(r.id) ?? 0) + r.n);
  }
  return used;
}

const DAY_MS = 86_400_000;

/**
 * Changes a session's settings (`UpdateFieldSessionInput`): anything but its join code. Variants and extras
 * change by the rules of `#core/field/session-edit.ts`: one with tallies is renamed, never removed. Edits of
 * one session wait for each other (the row is locked), so two facilitators saving at once both count.
 */
export async function updateFieldSession(
  scope: Scope,
  id: string,
  input: UpdateFieldSession,
  origin: string,
  ip: string,
) {
  const loaded = await loadFieldSession(scope, id);
  const updated = await scope.db.transaction(async (tx) => {
    // `no key update` rather than `update`: it waits for another edit, never for (nor holds up) tallies.
    const [current] = await tx
      .select()
      .from(fieldSessions)
      .where(eq(fieldSessions.id, loaded.id))
      .for('no key update');
    if (!current) throw new AppError('not_found');
    const startsAt = input.startsAt ? new Date(input.startsAt) : current.startsAt;
    const endsAt = input.endsAt ? new Date(input.endsAt) : current.endsAt;
    if (endsAt.getTime() <= startsAt.getTime())
      throw new AppError('validation', { fields: [{ field: 'endsAt', rule: 'time_order' }] });
    if (endsAt.getTime() - startsAt.getTime() > MAX_SESSION_DAYS * DAY_MS)
      throw new AppError('validation', { fields: [{ field: 'endsAt', rule: 'too_big' }] });

    const before = {
      variants: variantsOf(current),
      extras: storedExtrasOf(current),
      teamIds: current.teamIds,
    };
    const gone = removals(before, input);
    const fresh = (input.variants ?? []).filter((v) => v.id === undefined).length;
    const edited = applySessionEdit(before, input, {
      used: {
        variants: await countsOf(tx, current.id, 'variant', gone.variants),
        outcomes: await countsOf(tx, current.id, 'outcome', gone.outcomes),
        teams: await countsOf(tx, current.id, 'team', gone.teams),
      },
      teamNames: gone.teams.length > 0 ? await teamNamesOf(tx, current.programmeId) : new Map(),
      shortCodes: fresh > 0 ? await freeShortCodes(tx, fresh) : [],
      newId: newCode,
      maxVariants: MAX_VARIANTS,
    });
    await checkReferences(tx, current.programmeId, {
      teamIds: input.teamIds,
      keptTeamIds: current.teamIds,
      variants: (input.variants ?? []).map((change, i) => {
        const v = edited.touched[i];
        // Only what this edit names is checked again (a plan deleted since keeps its old link until then).
        if (!v || (change.campaignId === undefined && change.assetId === undefined)) return null;
        return { campaignId: v.campaignId, assetId: v.assetId };
      }),
    });

    const [row] = await tx
      .update(fieldSessions)
      .set({
        name: input.name ?? current.name,
        place: input.place ?? current.place,
        startsAt,
        endsAt,
        timeZone: input.timeZone ?? current.timeZone,
        variants: edited.variants,
        extraOutcomes: edited.extras,
        teamIds: input.teamIds ?? current.teamIds,
        retentionDays: input.retentionDays ?? current.retentionDays,
      })
      .where(eq(fieldSessions.id, current.id))
      .returning();
    if (!row) throw new AppError('not_found');
    // A new end, zone or period moves the deletion date of every photo already taken.
    const retention = (r: SessionRow) => [r.endsAt.getTime(), r.timeZone, r.retentionDays].join(' ');
    if (retention(row) !== retention(current)) {
      const photos = await tx
        .select({ id: fieldPhotos.id, createdAt: fieldPhotos.createdAt })
        .from(fieldPhotos)
        .where(eq(fieldPhotos.sessionId, row.id));
      for (const photo of photos) {
        await tx
          .update(fieldPhotos)
          .set({ deleteAt: new Date(deleteAt(photo.createdAt.getTime(), coreSession(row))) })
          .where(eq(fieldPhotos.id, photo.id));
      }
    }
    return row;
  });
  await writeAudit(scope.db, {
    actorUserId: scope.actor.userId,
    action: 'field.session_updated',
    targetType: 'field_session',
    targetId: updated.id,
    ip,
    details: { fields: Object.keys(input) },
  });
  return presentSession(scope.db, updated, origin);
}

const QR_OPTIONS = { type: 'svg', margin: 2, errorCorrectionLevel: 'M' } as const;

export async function joinQrSvg(scope: Scope, id: string, origin: string) {
  const row = await loadFieldSession(scope, id);
  return QRCode.toString(fieldJoinUrl(origin, row.joinCode), QR_OPTIONS);
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * A printable strip: one column per variant with its QR code, its name and its short link written out (for
 * phones whose camera cannot read the code). Cut apart and stuck on each poster.
 */
export async function linkStripSvg(scope: Scope, id: string, origin: string) {
  const row = await loadFieldSession(scope, id);
  const cell = 220;
  const variants = variantsOf(row);
  const parts = await Promise.all(
    variants.map(async (v, i) => {
      const url = shortUrl(origin, v.shortCode);
      const qr = (await QRCode.toString(url, QR_OPTIONS))
        .replace(/^<\?xml[^>]*>\s*/, '')
        .replace('<svg ', `<svg x="${i * cell + 10}" y="10" width="${cell - 20}" height="${cell - 20}" `);
      const x = i * cell + cell / 2;
      return [
        `<rect x="${i * cell}" y="0" width="${cell}" height="${cell + 60}" fill="#fff" stroke="#999" stroke-dasharray="4 4"/>`,
        qr,
        `<text x="${x}" y="${cell + 10}" text-anchor="middle" font-family="sans-serif" font-size="16" font-weight="bold">${escapeXml(v.name)}</text>`,
        `<text x="${x}" y="${cell + 35}" text-anchor="middle" font-family="monospace" font-size="13">${escapeXml(url.replace(/^https?:\/\//, ''))}</text>`,
      ].join('');
    }),
  );
  const width = Math.max(1, variants.length) * cell;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${cell + 60}" viewBox="0 0 ${width} ${cell + 60}">${parts.join('')}</svg>`;
}
