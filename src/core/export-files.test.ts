import { describe, expect, it } from 'vitest';
import { csvField, slugOf, toCsv } from './export-files.ts';

describe('CSV writing', () => {
  it('quotes only what needs quoting and doubles quotes', () => {
    expect(csvField('Serikat Buruh')).toBe('Serikat Buruh');
    expect(csvField('Tim A, Jakarta')).toBe('"Tim A, Jakarta"');
    expect(csvField('Tim "Cepat"')).toBe('"Tim ""Cepat"""');
    expect(csvField('baris\nbaru')).toBe('"baris\nbaru"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(' spasi')).toBe('" spasi"');
    expect(csvField(42.5)).toBe('42.5');
    expect(csvField(0)).toBe('0');
    expect(csvField(null)).toBe('');
  });

  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, null],
      ]),
    ).toBe('\uFEFFa,b\r\n1,\r\n');
  });
});

describe('formula-looking text', () => {
  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+62 812', "'+62 812"],
    ['-ngomong', "'-ngomong"],
    ['@serikat', "'@serikat"],
  ])('%s is written so that a spreadsheet shows it as text', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('leaves numbers alone, negative ones included', () => {
    expect(csvField(-3)).toBe('-3');
  });
});

describe('file-name slugs', () => {
  it('slugs Indonesian names, with a fallback when nothing is left', () => {
    expect(slugOf('Asesmen Awal — Pelatihan Bekasi 2026')).toBe('asesmen-awal-pelatihan-bekasi-2026');
    expect(slugOf('Évaluation')).toBe('evaluation');
    expect(slugOf('***', 'asesmen')).toBe('asesmen');
    expect(slugOf('***')).toBe('berkas');
  });
});
