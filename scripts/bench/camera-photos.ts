import sharp from 'sharp';
import { sceneJpeg } from '../../libs/testing/src/test-images';

/** A 12 MP scene with sensor-like noise, so it compresses (and decodes) like a phone photo. */
export async function cameraLikeJpeg(seed: number): Promise<Buffer> {
  const scene = await sceneJpeg(seed, {}, { width: 4000, height: 3000 });
  const { data, info } = await sharp(scene).raw().toBuffer({ resolveWithObject: true });
  for (let index = 0; index < data.length; index += 1) {
    data[index] = Math.max(0, Math.min(255, data[index]! + Math.floor(Math.random() * 24) - 12));
  }
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .withExif({
      IFD0: { Make: 'bench' },
      IFD2: { DateTimeOriginal: '2026:11:22 16:05:09', OffsetTimeOriginal: '+08:00' },
    })
    .jpeg({ quality: 90 })
    .toBuffer();
}
