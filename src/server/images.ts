/**
 * Uploaded images, shared by every feature that takes them (campaign posters, field photos): reading the
 * body within the limit, turning the file into what is stored, storing it with its thumbnail, and sending a
 * stored file back (the route decides who may see it; this decides how it is sent).
 *
 * The format is told from its bytes, then the image is decoded and encoded
 * again with sharp. Re-encoding is the point, not a side effect: sharp writes no metadata unless asked,
 * so EXIF (the camera, the time, GPS coordinates of where a photo was taken), XMP and IPTC are gone from
 * the stored file and its thumbnail, and whatever else an attacker packed around the pixels goes with them.
 */
import type { Context } from 'hono';
import sharp, { type Sharp } from 'sharp';
import {
  IMAGE_EXTENSION,
  IMAGE_MIME,
  type ImageFormat,
  MAX_IMAGE_BYTES,
  MAX_IMAGE_PIXELS,
  MAX_IMAGE_SIDE,
  sniffImageType,
  THUMBNAIL_SIDE,
} from '#core/campaign/image-type.ts';
import { AppError } from '#core/errors.ts';
import { newKeyStem, type Storage } from './storage/storage.ts';

export interface ProcessedImage {
  format: ImageFormat;
  image: Buffer;
  width: number;
  height: number;
  thumbnail: Buffer;
}

const input = (bytes: Uint8Array) =>
  // `error` aborts on damaged or truncated pixel data (a half-sent file is refused, not stored grey).
  sharp(bytes, { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS });

function encode(pipeline: Sharp, format: ImageFormat): Sharp {
  if (format === 'jpeg') return pipeline.jpeg({ quality: 85, mozjpeg: true });
  if (format === 'png') return pipeline.png({ compressionLevel: 8 });
  return pipeline.webp({ quality: 85 });
}

const invalid = (cause: unknown) => new AppError('invalid_image', { cause });

/** The stored image and its thumbnail, or a clear error: 415 not an image, 413 too big, 400 damaged. */
export async function processImage(bytes: Uint8Array): Promise<ProcessedImage> {
  const format = sniffImageType(bytes);
  if (!format) {
    throw new AppError('unsupported_media_type', { fields: [{ field: 'file', rule: 'image_type' }] });
  }
  const meta = await input(bytes)
    .metadata()
    .catch((error: unknown) => {
      throw invalid(error);
    });
  if (!meta.width || !meta.height) throw invalid(new Error('no dimensions'));
  if (meta.width * meta.height > MAX_IMAGE_PIXELS) {
    throw new AppError('payload_too_large', {
      fields: [{ field: 'file', rule: 'image_too_many_pixels', params: { max: MAX_IMAGE_PIXELS / 1e6 } }],
    });
  }
  try {
    const pipeline = input(bytes)
      // Turned upright as the camera meant it; the orientation tag goes with the rest of the metadata.
      .rotate()
      .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: 'inside', withoutEnlargement: true });
    const { data: image, info } = await encode(pipeline, format).toBuffer({ resolveWithObject: true });
    const thumbnail = await sharp(image)
      .resize({ width: THUMBNAIL_SIDE, height: THUMBNAIL_SIDE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer();
    return { format, image, width: info.width, height: info.height, thumbnail };
  } catch (error) {
    throw invalid(error);
  }
}

/** Reads the request body; called only once the actor may upload, so strangers cannot make us read. */
export type BodySource = () => Promise<Uint8Array>;

/**
 * The request body, read whole but never past the limit (the body-limit middleware refuses a larger one
 * already; this holds even where that is bypassed, e.g. a body sent without a length).
 */
export function imageBodyOf(body: ReadableStream<Uint8Array> | null): BodySource {
  return async () => {
    if (!body) return new Uint8Array();
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_IMAGE_BYTES) {
        await reader.cancel();
        throw new AppError('payload_too_large', {
          fields: [{ field: 'file', rule: 'file_too_big', params: { max: MAX_IMAGE_BYTES / (1024 * 1024) } }],
        });
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks, size);
  };
}

export interface StoredFiles {
  storageKey: string;
  thumbnailKey: string;
}

/** Removes an image's files; a file that cannot be removed is logged for the operator, never hidden. */
export async function discardFiles(storage: Storage, files: StoredFiles, why: string) {
  for (const key of [files.storageKey, files.thumbnailKey]) {
    await storage.delete(key).catch((error: unknown) => {
      console.error(`[storage] could not remove a file (${why})`, key, error);
    });
  }
}

async function storeFiles(storage: Storage, image: ProcessedImage): Promise<StoredFiles> {
  const stem = newKeyStem('images');
  const files = {
    storageKey: `${stem}.${IMAGE_EXTENSION[image.format]}`,
    thumbnailKey: `${stem}-thumb.webp`,
  };
  try {
    await storage.put(files.storageKey, image.image);
    await storage.put(files.thumbnailKey, image.thumbnail);
  } catch (error) {
    await discardFiles(storage, files, 'a failed upload');
    throw error;
  }
  return files;
}

/** Stores the files, then runs `write` (the rows); when the rows fail, the files are removed again. */
export async function withStoredFiles<T>(
  storage: Storage,
  image: ProcessedImage,
  write: (files: StoredFiles) => Promise<T>,
): Promise<T> {
  const files = await storeFiles(storage, image);
  try {
    return await write(files);
  } catch (error) {
    await discardFiles(storage, files, 'a failed upload');
    throw error;
  }
}

/** A stored image as it is sent: its bytes, its type and a tag that names exactly these bytes. */
export interface StoredImage {
  bytes: Uint8Array;
  contentType: string;
  etag: string;
}

const FORMAT_OF_EXTENSION = new Map(
  (Object.entries(IMAGE_EXTENSION) as Array<[ImageFormat, string]>).map(([format, ext]) => [ext, format]),
);

/** The type of a stored file from its key's extension (the server wrote it from the sniffed format). */
export function imageTypeOfKey(key: string): string {
  const format = FORMAT_OF_EXTENSION.get(key.slice(key.lastIndexOf('.') + 1));
  return format ? IMAGE_MIME[format] : 'application/octet-stream';
}

/**
 * The bytes of a stored image, for a caller that has already checked who may see it. A row whose file is
 * gone is logged for the operator (`what` names it) and answered as not found.
 */
export async function readStoredImage(
  storage: Storage,
  key: string,
  { etag, what }: { etag: string; what: string },
): Promise<StoredImage> {
  const bytes = await storage.get(key);
  if (!bytes) {
    console.error(`[storage] the file of ${what} is missing`, key);
    throw new AppError('not_found');
  }
  return { bytes, contentType: imageTypeOfKey(key), etag };
}

/**
 * Sends a stored image inline: its own type and never a sniffed one, private to the browser that asked
 * (the file was shown to one signed-in person), and a 304 when the browser already has these bytes.
 */
export function sendImageFile(c: Context, file: StoredImage, { maxAge }: { maxAge: number }): Response {
  const headers = {
    'Content-Type': file.contentType,
    'Cache-Control': `private, max-age=${maxAge}`,
    ETag: file.etag,
    'X-Content-Type-Options': 'nosniff',
    'Content-Disposition': 'inline',
  };
  if (c.req.header('if-none-match') === file.etag) return c.body(null, 304, headers);
  return c.body(new Uint8Array(file.bytes), 200, headers);
}
