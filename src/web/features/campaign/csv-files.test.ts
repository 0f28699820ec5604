import { describe, expect, it } from 'vitest';
import { csvField as csvCell, slugOf, toCsv } from '#core/export-files.ts';

const fileSlug = (text: string) => slugOf(text, 'kampanye');

describe('csv', () => {
  it('quotes what needs quoting and keeps formula-looking text as text', () => {
    expect(csvCell('Tim Energi')).toBe('Tim Energi');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell(null)).toBe('');
  });

  it('writes a BOM and CRLF lines', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, null],
      ]),
    ).toBe('\uFEFFa,b\r\n1,\r\n');
  });

  it('makes a file name from a title', () => {
    expect(fileSlug('Energi Bersih, Kerja Layak!')).toBe('energi-bersih-kerja-layak');
    expect(fileSlug('!!!')).toBe('kampanye');
  });
});
