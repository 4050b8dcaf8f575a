import exifr from 'exifr';
import sharp from 'sharp';
import { hammingDistance } from './domain/perceptual-hash';
import { PhotoPipeline, PhotoRejected, detectFormat } from './photo-pipeline';
import { pngClaiming, sceneJpeg, sceneSvg } from '@quickclaim/testing';

const pipeline = new PhotoPipeline('Asia/Shanghai', 2);

describe('the photo pipeline on real images', () => {
  it('reads dimensions, capture time with its offset, and GPS, and hashes the original', async () => {
    const original = await sceneJpeg(1, {
      dateTimeOriginal: '2026:11:22 16:05:09',
      offset: '+08:00',
      gps: { lat: 29.563, lng: 106.551 },
    });
    const photo = await pipeline.process(original);
    expect(photo).toMatchObject({
      format: 'jpeg',
      contentType: 'image/jpeg',
      width: 1200,
      height: 900,
      sizeBytes: original.length,
    });
    expect(photo.takenAt).toBe('2026-11-22T08:05:09.000Z');
    expect(photo.position?.lat).toBeCloseTo(29.563, 4);
    expect(photo.position?.lng).toBeCloseTo(106.551, 4);
    expect(photo.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(photo.perceptualHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it("reads a capture time without offset in the platform's zone", async () => {
    const photo = await pipeline.process(await sceneJpeg(2, { dateTimeOriginal: '2026:11:22 16:05:09' }));
    expect(photo.takenAt).toBe('2026-11-22T08:05:09.000Z');
  });

  it('reports no capture time or position for a photo without EXIF', async () => {
    const photo = await pipeline.process(await sceneJpeg(3));
    expect(photo.takenAt).toBeUndefined();
    expect(photo.position).toBeUndefined();
  });

  it('applies the EXIF orientation: a portrait shot stored landscape is upright in size and derivatives', async () => {
    const photo = await pipeline.process(await sceneJpeg(4, { orientation: 6 }));
    expect(photo.orientation).toBe(6);
    expect([photo.width, photo.height]).toEqual([900, 1200]);
    const preview = await sharp(photo.preview).metadata();
    expect(preview.height! > preview.width!).toBe(true);
  });

  it('derives a JPEG preview ≤ 1600 px and a WebP thumbnail ≤ 320 px with no metadata at all', async () => {
    const original = await sceneJpeg(
      5,
      { dateTimeOriginal: '2026:11:22 16:05:09', gps: { lat: 29.5, lng: 106.5 } },
      { width: 2400, height: 1800 },
    );
    const photo = await pipeline.process(original);
    const preview = await sharp(photo.preview).metadata();
    const thumbnail = await sharp(photo.thumbnail).metadata();
    expect([preview.format, preview.width]).toEqual(['jpeg', 1600]);
    expect([thumbnail.format, thumbnail.width]).toEqual(['webp', 320]);
    for (const derivative of [photo.preview, photo.thumbnail]) {
      expect((await sharp(derivative).metadata()).exif).toBeUndefined();
      expect(await exifr.gps(derivative).catch(() => undefined)).toBeUndefined();
    }
  });

  it('keeps a 12-megapixel photo faithful: preview and thumbnail close to a lanczos3 resize of the original', async () => {
    const original = await sceneJpeg(21, {}, { width: 4000, height: 3000 });
    const photo = await pipeline.process(original);
    const reference = (width: number) => sharp(original).resize({ width, kernel: 'lanczos3' }).raw().toBuffer();
    const [preview, thumbnail] = await Promise.all([
      sharp(photo.preview).raw().toBuffer({ resolveWithObject: true }),
      sharp(photo.thumbnail).raw().toBuffer({ resolveWithObject: true }),
    ]);
    expect([preview.info.width, preview.info.height, thumbnail.info.width, thumbnail.info.height]).toEqual([
      1600, 1200, 320, 240,
    ]);
    // Above about 40 dB a difference cannot be seen; a lanczos3 preview encoded at the same quality scores about 46 dB.
    expect(peakSignalToNoise(preview.data, await reference(1600))).toBeGreaterThan(40);
    expect(peakSignalToNoise(thumbnail.data, await reference(320))).toBeGreaterThan(33);
  });

  it('gives a resized or re-encoded copy a perceptual hash within 6 bits, and unrelated scenes far more', async () => {
    const original = await sceneJpeg(6);
    const resized = await sharp(original).resize(700).jpeg({ quality: 60 }).toBuffer();
    const reencoded = await sharp(original).webp({ quality: 50 }).toBuffer();
    const [a, b, c] = await Promise.all([original, resized, reencoded].map((bytes) => pipeline.process(bytes)));
    expect(hammingDistance(a!.perceptualHash, b!.perceptualHash)).toBeLessThanOrEqual(6);
    expect(hammingDistance(a!.perceptualHash, c!.perceptualHash)).toBeLessThanOrEqual(6);
    for (const seed of [7, 8, 9, 10]) {
      const unrelated = await pipeline.process(await sceneJpeg(seed));
      expect(hammingDistance(a!.perceptualHash, unrelated.perceptualHash)).toBeGreaterThan(6);
    }
  });

  describe('refuses what is not a photo it can take', () => {
    const rejects = (bytes: Buffer, reason: string) =>
      expect(pipeline.process(bytes)).rejects.toEqual(expect.objectContaining({ reason, name: PhotoRejected.name }));

    it('text named .jpg', () => rejects(Buffer.from('this is a text file, not a photo'), 'UNSUPPORTED_IMAGE'));
    it('an empty file', () => rejects(Buffer.alloc(0), 'UNSUPPORTED_IMAGE'));
    it('a truncated JPEG', async () => {
      const jpeg = await sceneJpeg(11);
      await rejects(jpeg.subarray(0, Math.floor(jpeg.length * 0.6)), 'UNSUPPORTED_IMAGE');
    });
    it('a 900-megapixel PNG', () => rejects(pngClaiming(30_000, 30_000), 'IMAGE_TOO_LARGE'));
    it('a GIF', async () =>
      rejects(
        await sharp(Buffer.from(sceneSvg(12, 60, 45)))
          .gif()
          .toBuffer(),
        'UNSUPPORTED_IMAGE',
      ));
    it('an SVG', () => rejects(Buffer.from(sceneSvg(13)), 'UNSUPPORTED_IMAGE'));
  });

  it('recognises PNG and WebP from their bytes', async () => {
    const png = await sharp(Buffer.from(sceneSvg(14, 120, 90)))
      .png()
      .toBuffer();
    const webp = await sharp(png).webp().toBuffer();
    expect([detectFormat(png), detectFormat(webp)]).toEqual(['png', 'webp']);
    expect((await pipeline.process(png)).format).toBe('png');
  });
});

/** PSNR in dB of two images of the same size and channels. */
function peakSignalToNoise(actual: Buffer, expected: Buffer): number {
  expect(actual.length).toBe(expected.length);
  let squares = 0;
  for (let index = 0; index < actual.length; index += 1) squares += (actual[index]! - expected[index]!) ** 2;
  return 10 * Math.log10(255 ** 2 / (squares / actual.length));
}
