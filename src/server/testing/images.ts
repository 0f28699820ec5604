import sharp from 'sharp';
import type { ImageFormat } from '#core/campaign/image-type.ts';

/** GPS tags as a phone writes them: somewhere in Jakarta. */
const JAKARTA_GPS = {
  GPSLatitudeRef: 'S',
  GPSLatitude: '6/1 10/1 30/1',
  GPSLongitudeRef: 'E',
  GPSLongitude: '106/1 49/1 0/1',
};

/**
 * A small test image; with `gps`, EXIF that names the camera and where the photo was taken, and with
 * `orientation`, the EXIF orientation tag (6: the camera was turned, the image must be rotated 90°).
 */
export async function makeImage(
  format: ImageFormat,
  options: { width?: number; height?: number; gps?: boolean; orientation?: number } = {},
): Promise<Buffer> {
  let image = sharp({
    create: {
      width: options.width ?? 64,
      height: options.height ?? 48,
      channels: 3,
      background: { r: 200, g: 30, b: 30 },
    },
  });
  image = format === 'jpeg' ? image.jpeg() : format === 'png' ? image.png() : image.webp();
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  if (options.gps)
    image = image.withExifMerge({ IFD0: { Make: 'TestCam', Model: 'Lantang 1' }, IFD3: JAKARTA_GPS });
  return image.toBuffer();
}

/** True when a TIFF/EXIF block has a GPS directory (tag 0x8825 in its first directory). */
export function exifHasGps(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  const start = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? 6 : 0;
  const little = exif.subarray(start, start + 2).toString('latin1') === 'II';
  const u16 = (at: number) => (little ? exif.readUInt16LE(start + at) : exif.readUInt16BE(start + at));
  const u32 = (at: number) => (little ? exif.readUInt32LE(start + at) : exif.readUInt32BE(start + at));
  const ifd0 = u32(4);
  const entries = u16(ifd0);
  for (let i = 0; i < entries; i++) if (u16(ifd0 + 2 + i * 12) === 0x8825) return true;
  return false;
}

/** Every kind of metadata sharp can see in an image, to prove a stored file carries none. */
export async function metadataOf(bytes: Uint8Array) {
  const m = await sharp(bytes).metadata();
  return { format: m.format, width: m.width, height: m.height, exif: m.exif, xmp: m.xmp, iptc: m.iptc };
}
