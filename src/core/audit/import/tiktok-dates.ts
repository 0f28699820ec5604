/**
 * The export date TikTok's yearless dates are counted back from. In order of trust: the date the
 * caller says the file was exported; the `Time` column of a Content file (the export day, itself
 * without a year, which is taken from the next source); a date in the file name; today's date as the
 * caller passes it in (an export is never made after it is uploaded).
 */
import { dateInFileName, formatDay, inferYear, parseDay, parseDayMonth } from './dates.ts';

export interface ExportDateSources {
  exportDate?: string | null;
  fileName?: string | null;
  today?: string | null;
}

export function resolveExportDate(sources: ExportDateSources, timeCell: string | null = null): string | null {
  if (sources.exportDate && parseDay(sources.exportDate)) return sources.exportDate;
  const outer =
    (sources.fileName ? dateInFileName(sources.fileName) : null) ??
    (sources.today && parseDay(sources.today) ? sources.today : null);
  if (timeCell !== null) {
    const parsed = parseDayMonth(timeCell);
    if (parsed?.date.year != null) return formatDay(parsed.date.year, parsed.date.month, parsed.date.day);
    if (parsed && outer !== null) return inferYear(parsed.date, outer);
  }
  return outer;
}
