import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReader, type CsvRecord } from './csv.ts';

const MAX = 200;

/** What csv-parse (the reader this one replaced) makes of a text: records with end lines, or a failure. */
function reference(text: string, delimiter: string): { records: CsvRecord[]; failed: boolean } {
  try {
    const parsed = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      max_record_size: MAX,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return { records: parsed.map((p) => ({ cells: p.record, endLine: p.info.lines })), failed: false };
  } catch (error) {
    if (error instanceof Error && 'code' in error) return { records: [], failed: true };
    throw error;
  }
}

function readInPieces(text: string, delimiter: string, cuts: number[]) {
  const reader = new CsvReader(delimiter, MAX);
  const records: CsvRecord[] = [];
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  let failure = null;
  for (const point of [...points, text.length]) {
    failure = reader.push(text.slice(from, point), point === text.length, records);
    from = point;
    if (failure !== null || point === text.length) break;
  }
  return { records, failure };
}

const pieces = ['a', 'b', ' ', ',', ';', '"', '""', '\n', '\r', '\r\n', 'é', '😀', 'x"y', '"\n'];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));

describe('CsvReader', () => {
  it('reads what csv-parse reads, cell for cell and line for line, whole or in pieces', () => {
    fc.assert(
      fc.property(
        texts,
        fc.constantFrom(',', ';'),
        fc.array(fc.nat(), { maxLength: 6 }),
        (text, delimiter, cuts) => {
          const expected = reference(text, delimiter);
          for (const run of [readInPieces(text, delimiter, []), readInPieces(text, delimiter, cuts)]) {
            if (expected.failed) {
              // csv-parse drops the records of the failing call; this reader keeps those before the failure.
              expect(run.failure).not.toBeNull();
            } else {
              expect(run.failure).toBeNull();
              expect(run.records).toEqual(expected.records);
            }
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads a Meta export: BOM-less header, quoted multi-line captions with emoji, CRLF endings', () => {
    const text =
      '"Post ID",Description,Views\r\n1,"Rapat ✊\r\n""Bersatu""",10\r\n2,plain,"1,520"\r\n\r\n3,"",\r\n';
    const { records, failure } = readInPieces(text, ',', [5, 17, 18, 40]);
    expect(failure).toBeNull();
    expect(records).toEqual(reference(text, ',').records);
    expect(records.map((r) => r.cells)).toEqual([
      ['Post ID', 'Description', 'Views'],
      ['1', 'Rapat ✊\r\n"Bersatu"', '10'],
      ['2', 'plain', '1,520'],
      [''],
      ['3', '', ''],
    ]);
  });

  it('gives up on a quote that never closes and on a record longer than allowed', () => {
    const records: CsvRecord[] = [];
    expect(new CsvReader(',', MAX).push('a,b\n"open\nrest', true, records)).toBe('quote_not_closed');
    expect(records.map((r) => r.cells)).toEqual([['a', 'b']]);
    const long = new CsvReader(',', MAX);
    expect(long.push(`ok\n"${'x'.repeat(MAX)}`, false, [])).toBe('record_too_long');
  });
});
