/** CSV files made in the browser (the scorecard and the programme overview): what is on screen, no more. */

/** One CSV cell: quoted when it holds a delimiter, a quote or a line break; a leading =+-@ is defused. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  // Spreadsheets run a cell starting with these as a formula: a title or caption must stay text.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (the first is the header) as CSV text with CRLF line ends and a BOM, so Excel reads UTF-8. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Offers text as a file to download. */
export function downloadText(name: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a title: lower case, ASCII letters and digits joined by hyphens. */
export function fileSlug(text: string, fallback = 'kampanye'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || fallback;
}
