/**
 * Instruments facilitators copy and adapt. Built-in instruments come from code; a programme's own are rows
 * of `instruments`, one per version. A version an assessment uses is frozen: saving it makes the next one.
 */
import { randomBytes } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type CopyInstrumentInput,
  type InstrumentContent,
  InstrumentContentSchema,
  type SaveInstrumentInput,
} from '#core/assessment/instrument-schema.ts';
import { BUILT_IN_INSTRUMENTS, findInstrument } from '#core/assessment/instruments/registry.ts';
import type { Instrument } from '#core/assessment/model.ts';
import { canManageAssessments } from '#core/assessment/policy.ts';
import { AppError } from '#core/errors.ts';
import { writeAudit } from '../../audit/log.ts';
import type { Scope } from '../../auth/actor.ts';
import { loadProgramme } from '../../auth/programme-access.ts';
import type { Database } from '../../db/client.ts';
import { assessments, instruments } from '../../db/schema.ts';

type InstrumentRow = typeof instruments.$inferSelect;

function contentOf(row: InstrumentRow): Instrument {
  // Content was checked with InstrumentContentSchema before it was stored; parsing again guards against a
  // hand-edited database rather than trusting it.
  const content = InstrumentContentSchema.parse(JSON.parse(row.content)) as InstrumentContent;
  return { id: row.instrumentId, version: row.version, ...content };
}

const isBuiltIn = (id: string) => BUILT_IN_INSTRUMENTS.some((i) => i.id === id);

/**
 * Frozen versions never change, so once read they are kept per database. Answers are saved on every tap;
 * reading and checking the instrument each time would cost more than the save itself.
 */
const frozen = new WeakMap<Database, Map<string, Instrument>>();

/** The instrument an assessment uses (always a frozen version). */
export async function instrumentOfRow(
  db: Database,
  row: { instrumentId: string; instrumentVersion: number },
): Promise<Instrument> {
  const builtIn = findInstrument(row.instrumentId, row.instrumentVersion);
  if (builtIn) return builtIn;
  const key = `${row.instrumentId}@${row.instrumentVersion}`;
  let cache = frozen.get(db);
  const cached = cache?.get(key);
  if (cached) return cached;
  const [stored] = await db
    .select()
    .from(instruments)
    .where(
      and(eq(instruments.instrumentId, row.instrumentId), eq(instruments.version, row.instrumentVersion)),
    )
    .limit(1);
  if (!stored) throw new AppError('internal');
  const instrument = contentOf(stored);
  if (!cache) {
    cache = new Map();
    frozen.set(db, cache);
  }
  cache.set(key, instrument);
  return instrument;
}

async function newestRow(db: Database, programmeId: string, instrumentId: string) {
  const [row] = await db
    .select()
    .from(instruments)
    .where(and(eq(instruments.programmeId, programmeId), eq(instruments.instrumentId, instrumentId)))
    .orderBy(desc(instruments.version))
    .limit(1);
  return row ?? null;
}

async function versionsInUse(db: Database, instrumentId: string): Promise<Set<number>> {
  const rows = await db
    .selectDistinct({ version: assessments.instrumentVersion })
    .from(assessments)
    .where(eq(assessments.instrumentId, instrumentId));
  return new Set(rows.map((r) => r.version));
}

/**
 * An instrument a programme may use, by `id` (newest version) or `id@version`: a built-in one or one of
 * the programme's own. Null when there is none (the caller names the field).
 */
export async function resolveInstrument(db: Database, programmeId: string, ref?: string) {
  const builtIn = findInstrument(ref);
  if (builtIn || !ref) return builtIn;
  const [id = '', at] = ref.split('@');
  const version = at === undefined ? null : Number(at);
  const [row] = await db
    .select()
    .from(instruments)
    .where(
      and(
        eq(instruments.programmeId, programmeId),
        eq(instruments.instrumentId, id),
        version === null || !Number.isInteger(version) ? undefined : eq(instruments.version, version),
      ),
    )
    .orderBy(desc(instruments.version))
    .limit(1);
  return row ? contentOf(row) : null;
}

function summary(
  instrument: Instrument,
  extra: { builtIn: boolean; inUse: boolean; basedOn: string | null },
) {
  return {
    id: instrument.id,
    version: instrument.version,
    name: instrument.name,
    dimensions: instrument.dimensions.length,
    items: instrument.items.length,
    scoredItems: instrument.items.filter((i) => i.scored).length,
    ...extra,
  };
}

async function managedProgramme(scope: Scope, programmeId: string) {
  const programme = await loadProgramme(scope, programmeId);
  if (!canManageAssessments(scope.actor, programme.id)) throw new AppError('forbidden');
  return programme;
}

/** The built-in instruments and the newest version of each of the programme's own. */
export async function listInstruments(scope: Scope, programmeId: string) {
  const programme = await managedProgramme(scope, programmeId);
  const rows = await scope.db
    .select()
    .from(instruments)
    .where(eq(instruments.programmeId, programme.id))
    .orderBy(instruments.instrumentId, desc(instruments.version));
  const newest = rows.filter((row, i) => rows[i - 1]?.instrumentId !== row.instrumentId);
  const own = await Promise.all(
    newest.map(async (row) =>
      summary(contentOf(row), {
        builtIn: false,
        inUse: (await versionsInUse(scope.db, row.instrumentId)).has(row.version),
        basedOn: row.basedOn,
      }),
    ),
  );
  const builtIn = BUILT_IN_INSTRUMENTS.map((i) => summary(i, { builtIn: true, inUse: true, basedOn: null }));
  return [...builtIn, ...own];
}

/** One instrument in full, for the editor and its preview. */
export async function getInstrument(scope: Scope, programmeId: string, instrumentId: string) {
  const programme = await managedProgramme(scope, programmeId);
  const builtIn = findInstrument(instrumentId);
  if (builtIn && isBuiltIn(instrumentId)) {
    return { instrument: builtIn, builtIn: true, inUse: true, basedOn: null };
  }
  const row = await newestRow(scope.db, programme.id, instrumentId);
  if (!row) throw new AppError('not_found');
  return {
    instrument: contentOf(row),
    builtIn: false,
    inUse: (await versionsInUse(scope.db, row.instrumentId)).has(row.version),
    basedOn: row.basedOn,
  };
}

/** A family id that reads like its name and never clashes: `serikat-kita-3f9a`. */
function familyIdFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30)
    .replace(/-+$/, '');
  return `${slug || 'instrumen'}-${randomBytes(3).toString('hex')}`;
}

/** Copies an instrument (built-in or the programme's own) as version 1 of a new one. */
export async function copyInstrument(
  scope: Scope,
  programmeId: string,
  input: z.output<typeof CopyInstrumentInput>,
) {
  const programme = await managedProgramme(scope, programmeId);
  const source = await resolveInstrument(scope.db, programme.id, input.from);
  if (!source) throw new AppError('validation', { fields: [{ field: 'from', rule: 'choice' }] });
  const { id: _id, version: _version, ...content } = source;
  const name = input.name ?? {
    id: `${source.name.id} (salinan)`,
    en: `${source.name.en} (copy)`,
  };
  const copied: InstrumentContent = { ...structuredClone(content), name };
  const [row] = await scope.db
    .insert(instruments)
    .values({
      programmeId: programme.id,
      instrumentId: familyIdFor(name.id),
      version: 1,
      content: JSON.stringify(copied),
      basedOn: `${source.id}@${source.version}`,
      createdBy: scope.actor.userId,
    })
    .returning();
  if (!row) throw new AppError('internal');
  await writeAudit(scope.db, {
    actorUserId: scope.actor.userId,
    action: 'instrument.created',
    targetType: 'instrument',
    targetId: row.instrumentId,
    details: { basedOn: row.basedOn, programmeId: programme.id },
  });
  return { instrument: contentOf(row), builtIn: false, inUse: false, basedOn: row.basedOn };
}

/**
 * Saves an edited instrument. The newest version is changed in place while no assessment uses it;
 * once one does, the save becomes the next version. A save based on an older version than the newest is
 * refused, so one facilitator never overwrites another's edit unseen.
 */
export async function saveInstrument(
  scope: Scope,
  programmeId: string,
  instrumentId: string,
  input: z.output<typeof SaveInstrumentInput>,
  now: Date,
) {
  const programme = await managedProgramme(scope, programmeId);
  if (isBuiltIn(instrumentId)) throw new AppError('forbidden');
  const content = JSON.stringify(input.instrument);
  const saved = await scope.db.transaction(async (tx) => {
    const newest = await newestRow(tx, programme.id, instrumentId);
    if (!newest) throw new AppError('not_found');
    if (newest.version !== input.baseVersion) {
      throw new AppError('stale_version', { params: { version: newest.version } });
    }
    // Changed in place only while no assessment uses it, checked in the same statement as the update.
    const [inPlace] = await tx
      .update(instruments)
      .set({ content, updatedAt: now })
      .where(
        and(
          eq(instruments.id, newest.id),
          sql`not exists (select 1 from ${assessments} where ${assessments.instrumentId} = ${newest.instrumentId}
                and ${assessments.instrumentVersion} = ${newest.version})`,
        ),
      )
      .returning();
    if (inPlace) return { row: inPlace, newVersion: false };
    const [next] = await tx
      .insert(instruments)
      .values({
        programmeId: programme.id,
        instrumentId: newest.instrumentId,
        version: newest.version + 1,
        content,
        basedOn: `${newest.instrumentId}@${newest.version}`,
        createdBy: scope.actor.userId,
      })
      .returning();
    if (!next) throw new AppError('internal');
    return { row: next, newVersion: true };
  });
  await writeAudit(scope.db, {
    actorUserId: scope.actor.userId,
    action: 'instrument.saved',
    targetType: 'instrument',
    targetId: saved.row.instrumentId,
    details: { version: saved.row.version, newVersion: saved.newVersion },
  });
  return {
    instrument: contentOf(saved.row),
    builtIn: false,
    inUse: false,
    basedOn: saved.row.basedOn,
    newVersion: saved.newVersion,
  };
}
