// The volunteer page's PNG icons, drawn from src/web/public/field-icon.svg: 192 and 512 pixels as they are,
// and "maskable" ones whose mark sits well inside the circle a launcher may cut out (the inner 80%), on the
// icon's own background colour to the edges. Android's install prompt and older launchers want PNGs; the SVG
// stays beside them for browsers that take it.
//
// Run after changing the SVG, and commit what it writes: node --import tsx scripts/field-icons.ts
// (scripts/field-icons.test.ts fails while the committed PNGs differ from what this would draw).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

export const PUBLIC = fileURLToPath(new URL('../src/web/public/', import.meta.url));
export const SOURCE = 'field-icon.svg';
export const SIZES = [192, 512] as const;
export type Purpose = 'any' | 'maskable';

export const iconFile = (size: number, purpose: Purpose) =>
  purpose === 'any' ? `field-icon-${size}.png` : `field-icon-maskable-${size}.png`;

/** The safe zone of a maskable icon is a circle of 40% of its size around the centre; 80% leaves a margin. */
const MASKABLE_SCALE = 0.8;

/** One icon as PNG bytes. The SVG is rasterised at the size it is shown, never scaled up from a smaller one. */
export async function drawIcon(svg: Buffer, size: number, purpose: Purpose): Promise<Buffer> {
  const density = (72 * size) / 512;
  if (purpose === 'any')
    return sharp(svg, { density }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();
  // The background is the colour of the icon's corner, so the SVG stays the one place the colours live.
  const { data } = await sharp(svg, { density: 72 })
    .extract({ left: 0, top: 0, width: 1, height: 1 })
    .raw()
    .toBuffer({
      resolveWithObject: true,
    });
  const background = { r: data[0] ?? 0, g: data[1] ?? 0, b: data[2] ?? 0, alpha: 1 };
  const inner = Math.round(size * MASKABLE_SCALE);
  const mark = await sharp(svg, { density: (72 * inner) / 512 })
    .resize(inner, inner)
    .png()
    .toBuffer();
  return sharp({ create: { width: size, height: size, channels: 4, background } })
    .composite([{ input: mark, gravity: 'centre' }])
    .flatten({ background })
    .png({ compressionLevel: 9 })
    .toBuffer();
}

export async function drawIcons(svg: Buffer): Promise<Array<{ file: string; bytes: Buffer }>> {
  const out: Array<{ file: string; bytes: Buffer }> = [];
  for (const size of SIZES)
    for (const purpose of ['any', 'maskable'] as const)
      out.push({ file: iconFile(size, purpose), bytes: await drawIcon(svg, size, purpose) });
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const icon of await drawIcons(readFileSync(`${PUBLIC}${SOURCE}`))) {
    writeFileSync(`${PUBLIC}${icon.file}`, icon.bytes);
    console.log(`${icon.file}: ${icon.bytes.length} bytes`);
  }
}
