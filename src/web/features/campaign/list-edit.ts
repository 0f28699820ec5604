/** Small edits on the plan's lists (storyline beats, variants, rules, hashtags), kept out of the forms. */

/** A copy of the list with the item at `index` moved by `delta` places (nothing moves past an end). */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length || delta === 0) return [...list];
  const out = [...list];
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item as T);
  return out;
}

/** A stable id for a new entry (`beat-3`), unique among the list's ids; the server requires [A-Za-z0-9_-]. */
export function newLocalId(prefix: string, existing: ReadonlyArray<{ id: string }>): string {
  const taken = new Set(existing.map((e) => e.id));
  for (let n = existing.length + 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!taken.has(id)) return id;
  }
}

const HASHTAG = /^[\p{L}\p{N}_]{1,100}$/u;

/**
 * Hashtags typed as free text ("#BuruhBersatu, transisiadil"): each gets its `#`, duplicates (ignoring
 * case) are dropped, and anything the server would refuse is returned apart so the form can say so.
 */
export function parseHashtags(text: string): { tags: string[]; invalid: string[] } {
  const tags: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(/[\s,;]+/u)) {
    if (!raw) continue;
    const bare = raw.replace(/^#+/u, '');
    if (!HASHTAG.test(bare)) {
      invalid.push(raw);
      continue;
    }
    const key = bare.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    tags.push(`#${bare}`);
  }
  return { tags, invalid };
}

export const hashtagsText = (tags: readonly string[]) =>
  tags.map((t) => (t.startsWith('#') ? t : `#${t}`)).join(' ');

/** Adds or removes one value of a set-like list, keeping the order of `all`. */
export function toggleIn<T>(list: readonly T[], value: T, on: boolean, all: readonly T[]): T[] {
  const next = new Set(list);
  if (on) next.add(value);
  else next.delete(value);
  return all.filter((v) => next.has(v));
}

/** Plan fields a save would be refused on for being empty, as keys of PLAN_FIELDS: said before sending. */
export function planProblems(plan: {
  theme: string;
  title: string;
  fieldPlan: {
    roles: ReadonlyArray<{ role: string }>;
    variants: ReadonlyArray<{ name: string }>;
    rules: ReadonlyArray<{ text: string }>;
  };
}): Array<'theme' | 'title' | 'fieldPlan.roles' | 'fieldPlan.variants' | 'fieldPlan.rules'> {
  const out: Array<'theme' | 'title' | 'fieldPlan.roles' | 'fieldPlan.variants' | 'fieldPlan.rules'> = [];
  const blank = (s: string) => s.trim() === '';
  if (blank(plan.theme)) out.push('theme');
  if (blank(plan.title)) out.push('title');
  if (plan.fieldPlan.roles.some((r) => blank(r.role))) out.push('fieldPlan.roles');
  if (plan.fieldPlan.variants.some((v) => blank(v.name))) out.push('fieldPlan.variants');
  if (plan.fieldPlan.rules.some((r) => blank(r.text))) out.push('fieldPlan.rules');
  return out;
}
