/**
 * The photo pipeline against its floor: photos/s for the full pipeline (hash, EXIF, preview,
 * thumbnail, perceptual hash) on 12-megapixel JPEGs, and in the same run photos/s for a plain full
 * decode of the same files, both using both cores; then similar-photo lookups among 1 000 000
 * stored hashes. Bounded in time.
 */
import sharp from 'sharp';
import { cpus } from 'node:os';
import { PhotoPipeline, SimilarPhotoIndex } from '../../libs/evidence/src';
import { sceneJpeg } from '../../libs/testing/src/test-images';

const SECONDS = Number(process.env.BENCH_SECONDS ?? '8');
const PARALLEL = Math.max(1, cpus().length);
const STORED_HASHES = Number(process.env.BENCH_HASHES ?? '1000000');

async function throughput(label: string, photos: Buffer[], work: (bytes: Buffer) => Promise<unknown>): Promise<number> {
  let done = 0;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(SECONDS * 1e9);
  await Promise.all(
    Array.from({ length: PARALLEL }, async (_, worker) => {
      for (let index = worker; process.hrtime.bigint() < deadline; index += PARALLEL) {
        await work(photos[index % photos.length]!);
        done += 1;
      }
    }),
  );
  const rate = done / (Number(process.hrtime.bigint() - started) / 1e9);
  console.log(`  ${label.padEnd(60)} ${rate.toFixed(2).padStart(8)} photos/s`);
  return rate;
}

/** A 12 MP scene with sensor-like noise, so it compresses (and decodes) like a phone photo. */
async function cameraLikeJpeg(seed: number): Promise<Buffer> {
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

function randomHash(): string {
  let hex = '';
  for (let digit = 0; digit < 16; digit += 1) hex += Math.floor(Math.random() * 16).toString(16);
  return hex;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  console.log(
    `photo benchmark · ${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · node ${process.version} · libvips ${sharp.versions.vips}`,
  );
  const photos = await Promise.all([1, 2, 3, 4].map((seed) => cameraLikeJpeg(seed)));
  const megabytes = photos.reduce((sum, photo) => sum + photo.length, 0) / photos.length / 1e6;
  console.log(
    `workload: 4 distinct 4000×3000 (12 MP) JPEGs with EXIF, ${megabytes.toFixed(1)} MB average, ${PARALLEL} at a time, ${SECONDS}s per measure`,
  );
  sharp.cache(false);
  const floor = await throughput('floor: plain full decode (sharp → raw pixels)', photos, (bytes) =>
    sharp(bytes).raw().toBuffer(),
  );
  const pipeline = new PhotoPipeline('Asia/Shanghai', PARALLEL);
  const full = await throughput('full pipeline (sha256, EXIF, preview, thumbnail, dHash)', photos, (bytes) =>
    pipeline.process(bytes),
  );
  console.log(`  ratio pipeline / full decode: ${(full / floor).toFixed(2)}\n`);

  const index = new SimilarPhotoIndex(6);
  const buildStarted = process.hrtime.bigint();
  const stored: string[] = [];
  for (let number = 0; number < STORED_HASHES; number += 1) {
    const hash = randomHash();
    if (number % 1000 === 0) stored.push(hash);
    index.add({ photoId: `p${number}`, caseId: `c${number % 200_000}`, hash });
  }
  console.log(
    `similar-photo index: ${index.size} hashes filed in ${(Number(process.hrtime.bigint() - buildStarted) / 1e9).toFixed(1)} s`,
  );
  const timings: number[] = [];
  for (let query = 0; query < 10_000; query += 1) {
    const probe = query % 2 === 0 ? stored[query % stored.length]! : randomHash();
    const started = process.hrtime.bigint();
    index.similarTo(probe, 'asking-case');
    timings.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  timings.sort((a, b) => a - b);
  console.log(
    `  lookup among ${index.size} hashes (10 000 queries, half of them hits): p50 ${percentile(timings, 50).toFixed(3)} ms · p99 ${percentile(timings, 99).toFixed(3)} ms · max ${timings[timings.length - 1]!.toFixed(3)} ms`,
  );
}

void main();
