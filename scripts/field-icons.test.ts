import { existsSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { drawIcons, iconFile, PUBLIC, SIZES, SOURCE } from './field-icons.ts';

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose: string;
}

const manifest = JSON.parse(readFileSync(`${PUBLIC}field.webmanifest`, 'utf8')) as { icons: ManifestIcon[] };
const file = (src: string) => `${PUBLIC}${src.replace(/^\//, '')}`;

async function pixels(bytes: Buffer | string) {
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

describe('the volunteer page’s icons', () => {
  it('are in the web manifest as the SVG and as PNGs of 192 and 512 pixels, plain and maskable', () => {
    expect(manifest.icons).toContainEqual({
      src: `/${SOURCE}`,
      sizes: 'any',
      type: 'image/svg+xml',
      purpose: 'any',
    });
    for (const size of SIZES)
      for (const purpose of ['any', 'maskable'] as const)
        expect(manifest.icons).toContainEqual({
          src: `/${iconFile(size, purpose)}`,
          sizes: `${size}x${size}`,
          type: 'image/png',
          purpose,
        });
  });

  it('exist with the size the manifest gives', async () => {
    for (const icon of manifest.icons) {
      expect(existsSync(file(icon.src)), icon.src).toBe(true);
      if (icon.type !== 'image/png') continue;
      const meta = await sharp(file(icon.src)).metadata();
      expect(`${meta.width}x${meta.height}`, icon.src).toBe(icon.sizes);
      expect(meta.format).toBe('png');
    }
  });

  it('are what scripts/field-icons.ts draws from the SVG now (run it after changing the SVG)', async () => {
    for (const icon of await drawIcons(readFileSync(`${PUBLIC}${SOURCE}`))) {
      const drawn = await pixels(icon.bytes);
      const committed = await pixels(`${PUBLIC}${icon.file}`);
      expect([committed.width, committed.height]).toEqual([drawn.width, drawn.height]);
      // Pixels, not bytes: another libvips may compress the same image differently.
      let difference = 0;
      for (let i = 0; i < drawn.data.length; i++)
        difference += Math.abs((drawn.data[i] ?? 0) - (committed.data[i] ?? 0));
      expect(difference / drawn.data.length, icon.file).toBeLessThan(1);
    }
  });

  it('keep the mark of a maskable icon inside the circle a launcher may cut out', async () => {
    for (const size of SIZES) {
      const { data, width } = await pixels(file(iconFile(size, 'maskable')));
      const at = (x: number, y: number) => [...data.subarray((y * width + x) * 3, (y * width + x) * 3 + 3)];
      const background = at(0, 0);
      const outside: string[] = [];
      for (let y = 0; y < size; y++)
        for (let x = 0; x < size; x++) {
          if (Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) <= size * 0.4) continue;
          if (at(x, y).join() !== background.join()) outside.push(`${x},${y}`);
        }
      expect(outside, `${size}`).toEqual([]);
    }
  });
});
