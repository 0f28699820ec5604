/**
 * What differs between the version someone is editing and the one another person saved meanwhile, field
 * by field, so a refused save (`stale_version`) can show both side by side and nothing is lost: each
 * field that differs is kept from one side or the other, and the result is saved on the new version.
 */
import type { CampaignPlan, ContentItem } from './types.ts';

/** Deep equality of JSON data (plans and posts are plain JSON: no dates, maps or cycles). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    for (const key of keys) if (!sameValue(left[key], right[key])) return false;
    return true;
  }
  return false;
}

export interface DiffField<T, K extends string = string> {
  key: K;
  get: (value: T) => unknown;
  /** A copy of `value` with this field taken from `from`. */
  take: (value: T, from: T) => T;
}

function top<T, K extends keyof T & string>(key: K): DiffField<T, K> {
  return { key, get: (v) => v[key], take: (v, from) => ({ ...v, [key]: from[key] }) };
}

function nested<T, P extends keyof T & string, K extends keyof T[P] & string>(
  parent: P,
  key: K,
): DiffField<T, `${P}.${K}`> {
  return {
    key: `${parent}.${key}`,
    get: (v) => v[parent][key],
    take: (v, from) => ({ ...v, [parent]: { ...v[parent], [key]: from[parent][key] } }),
  };
}

/** The plan's fields in the order the page shows them; each is kept or taken as a whole. */
export const PLAN_FIELDS = [
  top<CampaignPlan, 'theme'>('theme'),
  top<CampaignPlan, 'title'>('title'),
  top<CampaignPlan, 'objective'>('objective'),
  nested<CampaignPlan, 'persona', 'who'>('persona', 'who'),
  nested<CampaignPlan, 'persona', 'cares'>('persona', 'cares'),
  nested<CampaignPlan, 'persona', 'fears'>('persona', 'fears'),
  nested<CampaignPlan, 'persona', 'online'>('persona', 'online'),
  top<CampaignPlan, 'keyMessage'>('keyMessage'),
  top<CampaignPlan, 'callToAction'>('callToAction'),
  top<CampaignPlan, 'hashtags'>('hashtags'),
  top<CampaignPlan, 'channels'>('channels'),
  top<CampaignPlan, 'storyline'>('storyline'),
  nested<CampaignPlan, 'fieldPlan', 'place'>('fieldPlan', 'place'),
  nested<CampaignPlan, 'fieldPlan', 'time'>('fieldPlan', 'time'),
  nested<CampaignPlan, 'fieldPlan', 'roles'>('fieldPlan', 'roles'),
  nested<CampaignPlan, 'fieldPlan', 'materials'>('fieldPlan', 'materials'),
  nested<CampaignPlan, 'fieldPlan', 'variants'>('fieldPlan', 'variants'),
  nested<CampaignPlan, 'fieldPlan', 'venue'>('fieldPlan', 'venue'),
  nested<CampaignPlan, 'fieldPlan', 'rules'>('fieldPlan', 'rules'),
] as const;
export type PlanFieldKey = (typeof PLAN_FIELDS)[number]['key'];

/** What a calendar post's editor sends, without its version. */
export type PostDraft = Omit<ContentItem, 'id' | 'version'>;

export const POST_FIELDS = [
  top<PostDraft, 'scheduledAt'>('scheduledAt'),
  top<PostDraft, 'platform'>('platform'),
  top<PostDraft, 'format'>('format'),
  top<PostDraft, 'caption'>('caption'),
  top<PostDraft, 'assetIds'>('assetIds'),
  top<PostDraft, 'status'>('status'),
  top<PostDraft, 'link'>('link'),
] as const;
export type PostFieldKey = (typeof POST_FIELDS)[number]['key'];

export type Side = 'mine' | 'theirs';

export interface FieldConflict<K extends string> {
  key: K;
  mine: unknown;
  theirs: unknown;
  /** Whether each side changed the field from the version both started from. */
  changedByMe: boolean;
  changedByThem: boolean;
  /** What keeps every change: the side that changed it; when both did, the reader's own text. */
  suggested: Side;
}

/** The fields whose values differ between mine and theirs, with who changed each since `base`. */
export function compareVersions<T, K extends string>(
  fields: ReadonlyArray<DiffField<T, K>>,
  base: T,
  mine: T,
  theirs: T,
): FieldConflict<K>[] {
  return fields
    .filter((f) => !sameValue(f.get(mine), f.get(theirs)))
    .map((f) => {
      const changedByMe = !sameValue(f.get(base), f.get(mine));
      const changedByThem = !sameValue(f.get(base), f.get(theirs));
      return {
        key: f.key,
        mine: f.get(mine),
        theirs: f.get(theirs),
        changedByMe,
        changedByThem,
        suggested: changedByThem && !changedByMe ? 'theirs' : 'mine',
      };
    });
}

/** Their version with the fields chosen as `mine` taken from mine: what is saved on the new base. */
export function mergeVersions<T, K extends string>(
  fields: ReadonlyArray<DiffField<T, K>>,
  mine: T,
  theirs: T,
  choices: Partial<Record<K, Side>>,
): T {
  let out = theirs;
  for (const f of fields) if (choices[f.key] === 'mine') out = f.take(out, mine);
  return out;
}

/** The suggested choice for every conflicting field. */
export function suggestedChoices<K extends string>(conflicts: ReadonlyArray<FieldConflict<K>>) {
  const out: Partial<Record<K, Side>> = {};
  for (const c of conflicts) out[c.key] = c.suggested;
  return out;
}

/** Whether the draft differs from the saved version (the "not saved yet" mark). */
export const isDirty = (saved: unknown, draft: unknown) => !sameValue(saved, draft);
