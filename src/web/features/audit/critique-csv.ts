/** The critique board as a CSV file, made in the browser (what is on screen, nothing more). */
import type { Critique } from './types.ts';

/** One CSV cell: quoted when it holds a delimiter, a quote or a line break; a leading =+-@ is defused. */
export function csvCell(value: string | number | boolean): string {
  let text = String(value);
  // Spreadsheets run a cell starting with these as a formula: a critique must stay text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

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
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
