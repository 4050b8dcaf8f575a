import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import exifr from 'exifr';
import sharp from 'sharp';
import { exifTimeToUtc } from './domain/exif-time';
import { differenceHash } from './domain/perceptual-hash';

export const MAX_INPUT_PIXELS = 50_000_000;
export const PREVIEW_WIDTH = 1600;
export const THUMBNAIL_WIDTH = 320;
/**
 * libvips shrinks by the whole factor with a box average (which already removes aliasing) and
 * uses the kernel only for the remaining fraction, where linear is as good to the eye as lanczos3
 * (the int-spec checks the PSNR) at a fraction of its cost.
 */
const PREVIEW_KERNEL = 'linear';

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
  /** As displayed, after the EXIF orientation is applied. */
  width: number;
  height: number;
  orientation: number;
  takenAt?: string;
  position?: { lat: number; lng: number };
  perceptualHash: string;
  preview: Buffer;
  thumbnail: Buffer;
}

export type PhotoRejection = 'UNSUPPORTED_IMAGE' | 'IMAGE_TOO_LARGE';

/** Why a file is not accepted as a photo; the HTTP layer maps it to 415 or 413. */
export class PhotoRejected extends Error {
  constructor(
    readonly reason: PhotoRejection,
    message: string,
  ) {
    super(message);
    this.name = 'PhotoRejected';
  }
}

/** The type is decided from the bytes: a name or a Content-Type proves nothing. */
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
 * One decode per photo: the header and EXIF are read without decoding; the pixels are decoded once,
 * auto-rotated, shrunk to preview size and encoded as the preview in one libvips pipeline (no
 * full-size pixels ever reach JavaScript); the thumbnail and the perceptual hash both come from one
 * thumbnail-sized decode of the small preview (JPEG shrink-on-load makes that nearly free). ADR 0019. Derivatives carry no metadata (sharp keeps none
 * unless asked). At most `concurrency` photos are decoded at once; the rest wait their turn.
 */
export class PhotoPipeline {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly timeZone: string,
    private readonly concurrency = Math.max(1, availableParallelism()),
  ) {}

  async process(bytes: Buffer): Promise<ProcessedPhoto> {
    const format = detectFormat(bytes);
    if (!format) throw unsupported();
    await this.acquire();
    try {
      return await this.processNow(bytes, format);
    } finally {
      this.release();
    }
  }

  private async processNow(bytes: Buffer, format: ImageFormat): Promise<ProcessedPhoto> {
    const input = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'truncated' });
    let metadata: sharp.Metadata;
    try {
      metadata = await input().metadata();
    } catch (error) {
      throw asRejection(error);
    }
    if (!metadata.width || !metadata.height) throw unsupported();
    if (metadata.width * metadata.height > MAX_INPUT_PIXELS) throw tooManyPixels();
    const orientation = metadata.orientation ?? 1;
    const swapped = orientation >= 5;
    const [exif, preview] = await Promise.all([
      readExif(bytes, this.timeZone),
      input()
        .rotate()
        .resize({ width: PREVIEW_WIDTH, withoutEnlargement: true, kernel: PREVIEW_KERNEL })
        .removeAlpha()
        // Without Huffman optimisation a preview is about a quarter larger and costs a sixth less to make.
        .jpeg({ quality: 82, mozjpeg: false, optimiseCoding: false })
        .toBuffer()
        .catch((error: unknown) => {
          throw asRejection(error);
        }),
    ]);
    const small = await sharp(preview)
      .resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true, kernel: PREVIEW_KERNEL })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const [thumbnail, hashPixels] = await Promise.all([
      // Effort 2 of 6: half the encoding time of the default for a thumbnail a few per cent larger.
      fromRaw(small).webp({ quality: 70, effort: 2 }).toBuffer(),
      fromRaw(small).greyscale().resize(9, 8, { fit: 'fill', kernel: 'cubic' }).raw().toBuffer(),
    ]);
    return {
      sha256: createHash('sha256').update(bytes).digest('hex'),
      sizeBytes: bytes.length,
      format,
      contentType: MIME[format],
      width: swapped ? metadata.height : metadata.width,
      height: swapped ? metadata.width : metadata.height,
      orientation,
      ...exif,
      perceptualHash: differenceHash(hashPixels),
      preview,
      thumbnail,
    };
  }

  private acquire(): Promise<void> {
    if (this.active < this.concurrency) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }
}

async function readExif(bytes: Buffer, timeZone: string): Promise<Pick<ProcessedPhoto, 'takenAt' | 'position'>> {
  try {
    const tags = (await exifr.parse(bytes, { reviveValues: false, gps: true, tiff: true, exif: true })) as
      { DateTimeOriginal?: unknown; OffsetTimeOriginal?: unknown; latitude?: unknown; longitude?: unknown } | undefined;
    if (!tags) return {};
    const takenAt =
      typeof tags.DateTimeOriginal === 'string'
        ? exifTimeToUtc(
            tags.DateTimeOriginal,
            typeof tags.OffsetTimeOriginal === 'string' ? tags.OffsetTimeOriginal : undefined,
            timeZone,
          )
        : undefined;
    const hasPosition =
      typeof tags.latitude === 'number' &&
      typeof tags.longitude === 'number' &&
      Number.isFinite(tags.latitude) &&
      Number.isFinite(tags.longitude);
    return {
      ...(takenAt ? { takenAt } : {}),
      ...(hasPosition ? { position: { lat: tags.latitude as number, lng: tags.longitude as number } } : {}),
    };
  } catch {
    // Unreadable EXIF is treated as none: the photo is still evidence, and NO_EXIF will say so.
    return {};
  }
}

/** Decoded pixels as the input of the next step, with no encode and decode in between. */
function fromRaw(image: { data: Buffer; info: sharp.OutputInfo }): sharp.Sharp {
  return sharp(image.data, {
    raw: { width: image.info.width, height: image.info.height, channels: image.info.channels },
  });
}

function asRejection(error: unknown): PhotoRejected {
  if (error instanceof PhotoRejected) return error;
  if (error instanceof Error && /pixel limit/i.test(error.message)) return tooManyPixels();
  return unsupported();
}

function unsupported(): PhotoRejected {
  return new PhotoRejected('UNSUPPORTED_IMAGE', 'Only complete JPEG, PNG, WebP or HEIF/AVIF photos are accepted');
}

function tooManyPixels(): PhotoRejected {
  return new PhotoRejected('IMAGE_TOO_LARGE', `Photos may have at most ${MAX_INPUT_PIXELS} pixels`);
}
