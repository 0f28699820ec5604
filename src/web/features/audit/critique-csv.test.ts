import { describe, expect, it } from 'vitest';
import { csvField as csvCell } from '#core/export-files.ts';
import { critiquesCsv } from './critique-csv.ts';
import type { Critique } from './types.ts';

const critique = (over: Partial<Critique>): Critique => ({
  id: 'c1',
  kind: 'idea',
  body: 'Posting lebih rutin',
  author: 'Sari',
  anonymous: false,
  pinned: false,
  createdAt: '2026-05-01T02:00:00.000Z',
  votes: 2,
  voted: false,
  mine: false,
  ...over,
});

describe('critique CSV', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(3)).toBe('3');
  });

  it('writes a BOM, a translated header and one row per critique', () => {
    const text = critiquesCsv(
      [
        critique({ pinned: true }),
        critique({ id: 'c2', kind: 'weakness', author: null, anonymous: true, body: 'Jarang, lambat' }),
      ],
      {
        kind: 'Jenis',
        body: 'Kritik',
        author: 'Penulis',
        votes: 'Setuju (+1)',
        pinned: 'Disematkan',
        createdAt: 'Waktu',
      },
      {
        kind: (k) => ({ strength: 'Kekuatan', weakness: 'Kelemahan', idea: 'Ide' })[k],
        anonymous: 'Tanpa nama',
        yes: 'ya',
        no: 'tidak',
      },
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      'Jenis,Kritik,Penulis,Setuju (+1),Disematkan,Waktu',
      'Ide,Posting lebih rutin,Sari,2,ya,2026-05-01T02:00:00.000Z',
      'Kelemahan,"Jarang, lambat",Tanpa nama,2,tidak,2026-05-01T02:00:00.000Z',
      '',
    ]);
  });
});
