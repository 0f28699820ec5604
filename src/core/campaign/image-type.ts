/**
 * What kind of image an upload is, told from its first bytes rather than from its name or the type the
 * browser claims: only JPEG, PNG and WebP are accepted. Also the limits every upload is held to, shared
 * by the server (which enforces them) and the web app (which can warn before sending).
 */
import { z } from 'zod';

export const IMAGE_FORMATS = ['jpeg', 'png', 'webp'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export const IMAGE_MIME: Record<ImageFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

export const IMAGE_EXTENSION: Record<ImageFormat, string> = { jpeg: 'jpg', png: 'png', webp: 'webp' };

/** The largest file accepted, in bytes (a phone camera's JPEG is 3–8 MB). */
export const MAX_IMAGE_BYTES = 15 * 1024 * 1024;
/** Larger images are scaled down to fit this many pixels on their longer side. */
export const MAX_IMAGE_SIDE = 3000;
/**
 * Images over this many pixels are refused before decoding: a small file can declare an enormous image
 * (a "decompression bomb") that would take gigabytes to decode. 60 MP is above any phone camera.
 */
export const MAX_IMAGE_PIXELS = 60_000_000;
/** The thumbnail's longer side, in pixels. */
export const THUMBNAIL_SIDE = 480;

const startsWith = (bytes: Uint8Array, signature: ReadonlyArray<number>, offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const RIFF = [0x52, 0x49, 0x46, 0x46]; // "RIFF", then 4 bytes of length
const WEBP = [0x57, 0x45, 0x42, 0x50]; // "WEBP" at offset 8

/** The format the bytes begin like, or null for anything else (text, PDF, GIF, HEIC, …). */
export function sniffImageType(bytes: Uint8Array): ImageFormat | null {
  if (startsWith(bytes, JPEG)) return 'jpeg';
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return 'webp';
  return null;
}

/** The query of an upload: the new asset's title and whether it is a poster or another image. */
export const UploadAssetQuery = z.strictObject({
  title: z.string().trim().min(1).max(160),
  kind: z.enum(['poster', 'image']).default('poster'),
});
