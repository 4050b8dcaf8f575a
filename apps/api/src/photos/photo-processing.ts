import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { ProblemException } from '../http/problem';

export const MAX_INPUT_PIXELS = 50_000_000;

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'heif' | 'avif';

const MIME: Record<ImageFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heif: 'image/heif',
  avif: 'image/avif',
};

export interface ProcessedPhoto {
  sha256: string;
  sizeBytes: number;
  format: ImageFormat;
  contentType: string;
  width: number;
  height: number;
  preview: Buffer;
  thumbnail: Buffer;
}

/** The type is decided from the bytes: a name or Content-Type proves nothing. */
export function detectFormat(bytes: Buffer): ImageFormat | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'png';
  }
  if (bytes.length >= 12 && bytes.toString('ascii', 0, 4) === 'RIFF' && bytes.toString('ascii', 8, 12) === 'WEBP') {
    return 'webp';
  }
  if (bytes.length >= 12 && bytes.toString('ascii', 4, 8) === 'ftyp') {
    const brand = bytes.toString('ascii', 8, 12);
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (['heic', 'heix', 'hevc', 'mif1', 'msf1'].includes(brand)) return 'heif';
  }
  return null;
}

/**
 * Decodes the photo (bounded by a pixel limit, failing on truncation) and derives the preview and
 * thumbnail, auto-rotated and without metadata: sharp drops EXIF and GPS unless asked to keep them.
 */
export async function processPhoto(bytes: Buffer): Promise<ProcessedPhoto> {
  const format = detectFormat(bytes);
  if (!format) throw unsupported();
  const input = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'truncated' });
  try {
    const metadata = await input().metadata();
    if (!metadata.width || !metadata.height) throw unsupported();
    if (metadata.width * metadata.height > MAX_INPUT_PIXELS) throw tooManyPixels();
    const [preview, thumbnail] = await Promise.all([
      input().rotate().resize({ width: 1600, withoutEnlargement: true }).jpeg({ quality: 82 }).toBuffer(),
      input().rotate().resize({ width: 320, withoutEnlargement: true }).webp({ quality: 70 }).toBuffer(),
    ]);
    const rotated = (metadata.orientation ?? 1) >= 5;
    return {
      sha256: createHash('sha256').update(bytes).digest('hex'),
      sizeBytes: bytes.length,
      format,
      contentType: MIME[format],
      width: rotated ? metadata.height : metadata.width,
      height: rotated ? metadata.width : metadata.height,
      preview,
      thumbnail,
    };
  } catch (error) {
    if (error instanceof ProblemException) throw error;
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw tooManyPixels();
    throw unsupported();
  }
}

function unsupported(): ProblemException {
  return new ProblemException(
    415,
    'UNSUPPORTED_IMAGE',
    'Only complete JPEG, PNG, WebP or HEIF/AVIF photos are accepted',
  );
}

function tooManyPixels(): ProblemException {
  return new ProblemException(413, 'IMAGE_TOO_LARGE', `Photos may have at most ${MAX_INPUT_PIXELS} pixels`);
}
