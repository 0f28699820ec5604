/** The critique board as a CSV file, made in the browser (what is on screen, nothing more). */
import { toCsv } from '#core/export-files.ts';
import type { Critique } from './types.ts';

export interface CritiqueColumns {
  kind: string;
  body: string;
  author: string;
  votes: string;
  pinned: string;
  createdAt: string;
}

/**
 * The rows with a header in the reader's language; kinds and "pinned" come translated, anonymous
 * authors as the given word. A BOM lets Excel read the UTF-8 text correctly.
 */
export function critiquesCsv(
  critiques: readonly Critique[],
  columns: CritiqueColumns,
  words: { kind: (kind: Critique['kind']) => string; anonymous: string; yes: string; no: string },
): string {
  const header = [
    columns.kind,
    columns.body,
    columns.author,
    columns.votes,
    columns.pinned,
    columns.createdAt,
  ];
  const rows = critiques.map((c) => [
    words.kind(c.kind),
    c.body,
    c.author ?? words.anonymous,
    c.votes,
    c.pinned ? words.yes : words.no,
    c.createdAt,
  ]);
  return toCsv([header, ...rows]);
}
