/**
 * Changing a field session's variants and extra outcomes without losing what was counted. Tallies (and a
 * variant's link scans) are stored under the variant's and the outcome's id, so:
 * - a variant keeps its id and its short link whatever else changes (printed QR strips keep working);
 * - a variant or an extra outcome that already has tallies can be renamed but not removed, or its counts
 *   would fall out of the session (the summary would still show them, under an id nobody recognises);
 *   a team with tallies stays in the session for the same reason (and so that taps still waiting on a
 *   volunteer's phone for it are not refused);
 * - new variants get new ids and short links, new extras the ids the facilitator chose.
 * The join code is not here at all: it never changes once volunteers have it.
 */
import { AppError, type FieldIssue } from '../errors.ts';
import { type ExtraOutcomeInput, type Outcome, sessionOutcomes } from './outcomes.ts';

// A type, not an interface: it is stored as a JSON record.
export type SessionVariant = {
  id: string;
  name: string;
  campaignId: string | null;
  assetId: string | null;
  targetUrl: string | null;
  /** The tracked link's code: `/l/<shortCode>`. */
  shortCode: string;
};

/**
 * One entry of an edit's variant list. With an `id`: that variant's new name, campaign link or target, or
 * `remove`. Without: a new variant. Variants not named keep what they have.
 */
export interface VariantChange {
  id?: string | undefined;
  name?: string | undefined;
  campaignId?: string | null | undefined;
  assetId?: string | null | undefined;
  targetUrl?: string | null | undefined;
  remove?: boolean | undefined;
}

export type StoredExtra = Pick<Outcome, 'id' | 'label' | 'colour'>;

export interface SessionEdit {
  variants?: readonly VariantChange[] | undefined;
  /** The whole list of the session's teams after the edit. */
  teamIds?: readonly string[] | undefined;
  /** The whole list of extras after the edit (they are few; each keeps the id the facilitator gave it). */
  extraOutcomes?: readonly ExtraOutcomeInput[] | undefined;
}

/** What an edit would take away: the ids whose tallies (and scans) must be counted before it goes ahead. */
export function removals(
  current: {
    variants: readonly SessionVariant[];
    extras: readonly StoredExtra[];
    teamIds?: readonly string[];
  },
  edit: SessionEdit,
): { variants: string[]; outcomes: string[]; teams: string[] } {
  const variants = (edit.variants ?? [])
    .filter((c) => c.id !== undefined && c.remove)
    .map((c) => c.id as string);
  const kept = new Set((edit.extraOutcomes ?? []).map((e) => e.id));
  const outcomes = edit.extraOutcomes ? current.extras.map((e) => e.id).filter((id) => !kept.has(id)) : [];
  const staying = new Set(edit.teamIds ?? []);
  const teams = edit.teamIds ? (current.teamIds ?? []).filter((id) => !staying.has(id)) : [];
  return { variants: [...new Set(variants)], outcomes, teams };
}

export interface EditContext {
  /** Tallies (and, for variants, link scans) stored under each id that `removals` named; 0 when absent. */
  used: {
    variants: ReadonlyMap<string, number>;
    outcomes: ReadonlyMap<string, number>;
    /** Tallies per team id among the teams the edit takes away. */
    teams?: ReadonlyMap<string, number>;
  };
  /** Team names by id, to name a team in a refusal. */
  teamNames?: ReadonlyMap<string, string>;
  /** Unused short codes, at least one per new variant. */
  shortCodes: readonly string[];
  /** A candidate id for a new variant; drawn again while it clashes. */
  newId: () => string;
  maxVariants: number;
}

export interface EditedSession {
  variants: SessionVariant[];
  extras: StoredExtra[];
  /** Per entry of `edit.variants`, the variant it made or changed (null for a removal): for reference checks. */
  touched: Array<SessionVariant | null>;
}

const fail = (fields: FieldIssue[]) => new AppError('validation', { fields });

/**
 * The session's variants and extras after the edit, or `AppError('validation')` naming every entry that
 * cannot be applied: an unknown or repeated id (`invalid`, `duplicate_id`), the removal of a variant or an
 * outcome with tallies (`variant_has_tallies`, `outcome_has_tallies`, with its name), of a team with
 * tallies (`team_has_tallies`, with its name; the caller checks the new list's ids), no variant left
 * (`too_few`) or too many (`too_many`).
 */
export function applySessionEdit(
  current: { variants: readonly SessionVariant[]; extras: readonly StoredExtra[] },
  edit: SessionEdit,
  context: EditContext,
): EditedSession {
  const issues: FieldIssue[] = [];
  const variants = current.variants.map((v) => ({ ...v }));
  const touched: Array<SessionVariant | null> = [];
  const named = new Set<string>();
  const ids = new Set(variants.map((v) => v.id));
  let codes = 0;
  const removed = new Set<string>();

  for (const [i, change] of (edit.variants ?? []).entries()) {
    if (change.id === undefined) {
      let id = context.newId();
      while (ids.has(id)) id = context.newId();
      ids.add(id);
      const shortCode = context.shortCodes[codes++];
      if (shortCode === undefined) throw new Error('applySessionEdit: fewer short codes than new variants');
      const added: SessionVariant = {
        id,
        name: change.name ?? '',
        campaignId: change.campaignId ?? null,
        assetId: change.assetId ?? null,
        targetUrl: change.targetUrl ?? null,
        shortCode,
      };
      variants.push(added);
      touched.push(added);
      continue;
    }
    const variant = variants.find((v) => v.id === change.id);
    if (!variant) {
      issues.push({ field: `variants.${i}.id`, rule: 'invalid' });
      touched.push(null);
      continue;
    }
    if (named.has(variant.id)) issues.push({ field: `variants.${i}.id`, rule: 'duplicate_id' });
    named.add(variant.id);
    if (change.remove) {
      if ((context.used.variants.get(variant.id) ?? 0) > 0)
        issues.push({ field: `variants.${i}`, rule: 'variant_has_tallies', params: { name: variant.name } });
      removed.add(variant.id);
      touched.push(null);
      continue;
    }
    if (change.name !== undefined) variant.name = change.name;
    if (change.targetUrl !== undefined) variant.targetUrl = change.targetUrl;
    if (change.campaignId !== undefined && change.campaignId !== variant.campaignId) {
      variant.campaignId = change.campaignId;
      // A poster belongs to one plan: a variant moved to another plan (or to none) keeps no poster of the old one.
      if (change.assetId === undefined) variant.assetId = null;
    }
    if (change.assetId !== undefined) variant.assetId = change.assetId;
    touched.push(variant);
  }

  const next = variants.filter((v) => !removed.has(v.id));
  if (next.length === 0) issues.push({ field: 'variants', rule: 'too_few', params: { min: 1 } });
  if (next.length > context.maxVariants)
    issues.push({ field: 'variants', rule: 'too_many', params: { max: context.maxVariants } });

  let extras: StoredExtra[] = current.extras.map((e) => ({ ...e }));
  if (edit.extraOutcomes) {
    // Duplicates and the limit, as for a new session (throws on its own: nothing else is worth adding to it).
    extras = sessionOutcomes(edit.extraOutcomes)
      .filter((o) => o.extra)
      .map((o) => ({ id: o.id, label: o.label, colour: o.colour }));
    const kept = new Set(extras.map((e) => e.id));
    for (const gone of current.extras.filter((e) => !kept.has(e.id)))
      if ((context.used.outcomes.get(gone.id) ?? 0) > 0)
        issues.push({
          field: 'extraOutcomes',
          rule: 'outcome_has_tallies',
          params: { label_id: gone.label.id, label_en: gone.label.en },
        });
  }

  for (const [team, n] of context.used.teams ?? [])
    if (n > 0)
      issues.push({
        field: 'teamIds',
        rule: 'team_has_tallies',
        params: { name: context.teamNames?.get(team) ?? team },
      });

  if (issues.length > 0) throw fail(issues);
  return { variants: next, extras, touched };
}
