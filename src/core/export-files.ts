/** What every download shares: CSV as spreadsheet programs open it, and file names made from names. */

export type Cell = string | number | null;

/**
 * One CSV field: quoted when it holds a comma, a quote, a line break or surrounding spaces. Text that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe: captions and
 * names come from other people's files.
 */
export function csvField(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV as spreadsheet programs open it: UTF-8 with a byte-order mark, commas, CRLF line ends. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<Cell>>): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** A file-name-safe slug: lower-case ASCII letters and digits joined by hyphens; `fallback` when none remain. */
export function slugOf(name: string, fallback = 'berkas'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}
