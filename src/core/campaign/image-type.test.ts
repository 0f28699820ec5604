import { describe, expect, it } from 'vitest';
import { sniffImageType, UploadAssetQuery } from './image-type.ts';

const bytes = (...parts: Array<number[] | string>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('sniffImageType', () => {
  it.each([
    ['a JPEG (JFIF)', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'jpeg'],
    ['a JPEG (Exif)', bytes([0xff, 0xd8, 0xff, 0xe1, 0x12, 0x34], 'Exif'), 'jpeg'],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'), 'png'],
    ['a WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'webp'],
    ['a WebP (lossless)', bytes('RIFF', [0xff, 0xff, 0, 0], 'WEBPVP8L'), 'webp'],
  ])('recognises %s', (_name, input, expected) => {
    expect(sniffImageType(input)).toBe(expected);
  });

  it.each([
    ['empty', bytes()],
    ['text', bytes('Hello, this is not an image')],
    ['a JPEG cut after two bytes', bytes([0xff, 0xd8])],
    ['a PNG signature cut short', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a])],
    ['a PNG signature with one wrong byte', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0b])],
    ['a RIFF that is a WAV', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt ')],
    ['RIFF without a form type', bytes('RIFF', [0x24, 0, 0])],
    ['a GIF', bytes('GIF89a')],
    ['a PDF', bytes('%PDF-1.7')],
    ['an SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['a HEIC', bytes([0, 0, 0, 0x18], 'ftypheic')],
    ['WEBP without RIFF', bytes('XXXX', [0, 0, 0, 0], 'WEBP')],
  ])('refuses %s', (_name, input) => {
    expect(sniffImageType(input)).toBeNull();
  });
});

describe('UploadAssetQuery', () => {
  it('needs a title, trims it and makes a poster by default', () => {
    expect(UploadAssetQuery.parse({ title: '  Poster utama ' })).toEqual({
      title: 'Poster utama',
      kind: 'poster',
    });
    expect(UploadAssetQuery.safeParse({ title: '  ' }).success).toBe(false);
    expect(UploadAssetQuery.safeParse({ title: 'x', kind: 'video' }).success).toBe(false);
    expect(UploadAssetQuery.safeParse({ title: 'x', other: '1' }).success).toBe(false);
  });
});
