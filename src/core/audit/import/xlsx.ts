/**
 * TikTok Studio also offers its files as XLSX with the same columns. An XLSX is a zip that can only be
 * read whole, so this takes the bytes in memory (TikTok's files are a few hundred rows at most) and
 * turns the first worksheet into the same records a CSV gives, the row number standing for the line.
 * Kept apart from the CSV path so that exceljs is only loaded when a workbook arrives.
 */
import ExcelJS from 'exceljs';
import type { SourceRecord } from './records.ts';

export type XlsxResult = { records: SourceRecord[] } | { unreadable: true };

export async function readXlsxRecords(bytes: Uint8Array): Promise<XlsxResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types ask for a Node Buffer; a Uint8Array view over the same memory is what it reads.
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch (error) {
    // A damaged or non-XLSX zip is one unreadable file, reported as such rather than thrown.
    if (error instanceof Error) return { unreadable: true };
    throw error;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { records: [] };
  const records: SourceRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    while (cells.length > 0 && cells.at(-1) === '') cells.pop();
    records.push({ line: row.number, cells });
  });
  return { records };
}

/** A cell's value as the text a CSV export would hold. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  // A hyperlink cell: the link itself matters (TikTok's video id lives in it), not its label.
  if ('hyperlink' in value) return value.hyperlink;
  if ('formula' in value || 'sharedFormula' in value) {
    return 'result' in value && value.result !== undefined ? cellText(value.result as ExcelJS.CellValue) : '';
  }
  if ('error' in value) return '';
  return '';
}
