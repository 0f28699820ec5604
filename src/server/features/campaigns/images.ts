/**
 * Turning an uploaded file into what is stored: the format told from its bytes, then decoded and encoded
 * again with sharp. Re-encoding is the point, not a side effect: sharp writes no metadata unless asked,
 * so EXIF (the camera, the time, GPS coordinates of where a photo was taken), XMP and IPTC are gone from
 * the stored file and its thumbnail, and whatever else an attacker packed around the pixels goes with them.
 */
import sharp, { type Sharp } from 'sharp';
import {
  type ImageFormat,
  MAX_IMAGE_PIXELS,
  MAX_IMAGE_SIDE,
  sniffImageType,
  THUMBNAIL_SIDE,
} from '#core/campaign/image-type.ts';
import { AppError } from '#core/errors.ts';

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
