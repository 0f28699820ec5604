/**
 * The column-mapping screen's state, for a CSV or XLSX file whose format the server does not know: for
 * each of our fields, the file's column that holds it (the preview names the columns). Pre-filled from the
 * account's saved mapping, else by name.
 */
import { GENERIC_FIELDS, type GenericField } from '#core/audit/import/generic-fields.ts';

export { GENERIC_FIELDS, type GenericField };

export type MappingState = Record<GenericField, string>;

export const REQUIRED_FIELDS: readonly GenericField[] = ['post_id', 'published_at'];

/** Words a header of each field often contains (English, Indonesian), lower case. */
const GUESSES: Record<GenericField, string[]> = {
  post_id: ['post id', 'post_id', 'id postingan', 'id unggahan', 'id'],
  published_at: ['published', 'publish time', 'waktu penerbitan', 'date', 'tanggal', 'time', 'waktu'],
  type: ['type', 'jenis', 'format'],
  caption: ['caption', 'description', 'deskripsi', 'keterangan', 'text', 'teks', 'title', 'judul'],
  permalink: ['permalink', 'link', 'url', 'tautan'],
  views: ['views', 'tayangan', 'impressions', 'plays'],
  reach: ['reach', 'jangkauan'],
  likes: ['likes', 'suka'],
  comments: ['comments', 'komentar'],
  shares: ['shares', 'dibagikan', 'bagikan'],
  saves: ['saves', 'disimpan', 'simpan'],
  reactions: ['reactions', 'reaksi'],
};

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim();

/** The first header equal to a guess, else the first containing one; '' when none fits. */
function guess(field: GenericField, headers: readonly string[], taken: Set<string>): string {
  const free = headers.filter((h) => !taken.has(h));
  for (const word of GUESSES[field]) {
    const exact = free.find((h) => norm(h) === word);
    if (exact) return exact;
  }
  for (const word of GUESSES[field]) {
    if (word.length < 3) continue;
    const partial = free.find((h) => norm(h).includes(word));
    if (partial) return partial;
  }
  return '';
}

/** The first state: the saved mapping where its columns are in this file, then guesses for the rest. */
export function initialMapping(
  headers: readonly string[],
  saved: Record<string, string> | null | undefined,
): MappingState {
  const state = Object.fromEntries(GENERIC_FIELDS.map((f) => [f, ''])) as MappingState;
  const taken = new Set<string>();
  for (const field of GENERIC_FIELDS) {
    const column = saved?.[field];
    if (column && headers.includes(column) && !taken.has(column)) {
      state[field] = column;
      taken.add(column);
    }
  }
  for (const field of GENERIC_FIELDS) {
    if (state[field]) continue;
    const column = guess(field, headers, taken);
    if (column) {
      state[field] = column;
      taken.add(column);
    }
  }
  return state;
}

/** True when the saved mapping filled at least one field (the screen says so). */
export function usedSaved(
  headers: readonly string[],
  saved: Record<string, string> | null | undefined,
): boolean {
  return !!saved && Object.values(saved).some((column) => headers.includes(column));
}

export function setColumn(state: MappingState, field: GenericField, column: string): MappingState {
  return { ...state, [field]: column };
}

export type MappingIssue = { rule: 'required' } | { rule: 'duplicate'; other: GenericField };

/** What stops the mapping from being sent: a required field left empty, a column chosen twice. */
export function mappingIssues(state: MappingState): Partial<Record<GenericField, MappingIssue>> {
  const issues: Partial<Record<GenericField, MappingIssue>> = {};
  const firstUse = new Map<string, GenericField>();
  for (const field of GENERIC_FIELDS) {
    const column = state[field];
    if (!column) {
      if (REQUIRED_FIELDS.includes(field)) issues[field] = { rule: 'required' };
      continue;
    }
    const other = firstUse.get(column);
    if (other) issues[field] = { rule: 'duplicate', other };
    else firstUse.set(column, field);
  }
  return issues;
}

/** The mapping as the server takes it (fields left empty are left out); null while it has issues. */
export function mappingPayload(state: MappingState): Record<string, string> | null {
  if (Object.keys(mappingIssues(state)).length > 0) return null;
  return Object.fromEntries(GENERIC_FIELDS.filter((f) => state[f]).map((f) => [f, state[f]]));
}
