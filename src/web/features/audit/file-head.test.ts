import { describe, expect, it } from 'vitest';
import { decodeHead, headerNames, splitRecord } from './file-head.ts';

const utf8 = (text: string, bom = false) => {
  const bytes = new TextEncoder().encode(text);
  return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
};

const utf16le = (text: string, bom = true) => {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[(bom ? 2 : 0) + i * 2] = code & 0xff;
    out[(bom ? 2 : 0) + i * 2 + 1] = code >> 8;
  }
  return out;
};

describe('header sniffing', () => {
  it('reads a UTF-8 header with a BOM and quoted names', () => {
    const text = '"ID Postingan","Waktu penerbitan",Jangkauan,"Suka, total"\n1,2,3,4\n';
    expect(headerNames(utf8(text, true))).toEqual([
      'ID Postingan',
      'Waktu penerbitan',
      'Jangkauan',
      'Suka, total',
    ]);
  });

  it('reads a UTF-16LE header with and without its BOM', () => {
    const text = 'Date\tReach\tLikes\r\n2026-01-01\t3\t4\r\n';
    expect(headerNames(utf16le(text))).toEqual(['Date', 'Reach', 'Likes']);
    expect(headerNames(utf16le(text, false))).toEqual(['Date', 'Reach', 'Likes']);
  });

  it('honours Excel’s sep= line and semicolons', () => {
    expect(headerNames(utf8('sep=;\npost;when;"a;b"\n1;2;3'))).toEqual(['post', 'when', 'a;b']);
    expect(headerNames(utf8('post;when;views\n1;2;3'))).toEqual(['post', 'when', 'views']);
  });

  it('keeps a line break inside a quoted name, trims, and drops empty and repeated names', () => {
    expect(headerNames(utf8('"Post\nid", when ,,when\n1,2,3,4'))).toEqual(['Post id', 'when']);
  });

  it('undoes doubled quotes', () => {
    expect(splitRecord('"say ""hi""",x', ',')).toEqual(['say "hi"', 'x']);
  });

  it('decodes plain UTF-8 without a BOM', () => {
    expect(decodeHead(utf8('Jangkauan ✊'))).toBe('Jangkauan ✊');
  });
});
