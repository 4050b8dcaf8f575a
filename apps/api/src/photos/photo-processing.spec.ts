import sharp from 'sharp';
import { detectFormat, processPhoto } from './photo-processing';

const solid = () => sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 10, b: 10 } } });

describe('photo type from the bytes', () => {
  it.each([
    ['jpeg', () => solid().jpeg().toBuffer()],
    ['png', () => solid().png().toBuffer()],
    ['webp', () => solid().webp().toBuffer()],
  ])('recognises %s', async (format, make) => {
    expect(detectFormat(await make())).toBe(format);
  });

  it.each([
    ['text', Buffer.from('hello, this is not an image')],
    ['empty', Buffer.alloc(0)],
    ['gif', Buffer.from('GIF89a\x01\x00\x01\x00', 'binary')],
  ])('refuses %s', (_name, bytes) => {
    expect(detectFormat(bytes)).toBeNull();
  });
});

describe('processing a photo', () => {
  it('hashes the original and derives a preview and a thumbnail without metadata', async () => {
    const original = await solid()
      .withMetadata({ exif: { IFD0: { Copyright: 'someone' } } })
      .jpeg()
      .toBuffer();
    const photo = await processPhoto(original);
    expect(photo).toMatchObject({ format: 'jpeg', width: 40, height: 30, sizeBytes: original.length });
    expect(photo.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await sharp(photo.thumbnail).metadata()).format).toBe('webp');
    expect((await sharp(photo.preview).metadata()).exif).toBeUndefined();
  });

  it('refuses a truncated JPEG as unsupported', async () => {
    const original = await solid().jpeg().toBuffer();
    await expect(processPhoto(original.subarray(0, Math.floor(original.length / 2)))).rejects.toMatchObject({
      code: 'UNSUPPORTED_IMAGE',
    });
  });
});
