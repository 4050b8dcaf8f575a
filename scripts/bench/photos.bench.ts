/**
 * The photo pipeline against its floor: photos/s for the full pipeline (hash, EXIF, preview,
 * thumbnail, perceptual hash) on 12-megapixel JPEGs, and in the same run photos/s for a plain full
 * decode of the same files, both using both cores. Bounded in time. (Similar-photo lookups are
 * measured where the product does them, through the fraud-signals read model: bench:replay.)
 */
import sharp from 'sharp';
import { cpus } from 'node:os';
import { PhotoPipeline } from '../../libs/evidence/src';
import { cameraLikeJpeg } from './camera-photos';
import { Benchmark } from './bench-kit';

const SECONDS = Number(process.env.BENCH_SECONDS ?? '8');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? '6');
const PARALLEL = Number(process.env.BENCH_PARALLEL ?? Math.max(1, cpus().length));

interface Throughput {
  photos: number;
  seconds: number;
  /** CPU time of this process (all libvips threads included), in ms. */
  cpuMs: number;
}

/** Photos done with PARALLEL photos in flight for `seconds`, and the CPU time they took. */
async function throughput(
  seconds: number,
  photos: Buffer[],
  work: (bytes: Buffer) => Promise<unknown>,
): Promise<Throughput> {
  let done = 0;
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(seconds * 1e9));
  await Promise.all(
    Array.from({ length: PARALLEL }, async (_, worker) => {
      for (let index = worker; process.hrtime.bigint() < deadline; index += PARALLEL) {
        await work(photos[index % photos.length]!);
        done += 1;
      }
    }),
  );
  const used = process.cpuUsage(cpu);
  return {
    photos: done,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    cpuMs: (used.user + used.system) / 1000,
  };
}

function add(total: Throughput, part: Throughput): Throughput {
  return { photos: total.photos + part.photos, seconds: total.seconds + part.seconds, cpuMs: total.cpuMs + part.cpuMs };
}

async function main(): Promise<void> {
  const bench = new Benchmark('photos', 'Photo pipeline');
  const photos = await Promise.all([1, 2, 3, 4].map((seed) => cameraLikeJpeg(seed)));
  const megabytes = photos.reduce((sum, photo) => sum + photo.length, 0) / photos.length / 1e6;
  bench.workload(
    `4 distinct 4000×3000 (12 MP) camera-like JPEGs with EXIF, ${megabytes.toFixed(1)} MB average, ${PARALLEL} in flight; floor = plain full decode of the same files (sharp → raw pixels); ${ROUNDS} alternating rounds, ${SECONDS}s per measure in all`,
  );
  sharp.cache(false);
  if (process.env.SHARP_CONCURRENCY) sharp.concurrency(Number(process.env.SHARP_CONCURRENCY));
  const pipeline = new PhotoPipeline('Asia/Shanghai', PARALLEL);
  let floor: Throughput = { photos: 0, seconds: 0, cpuMs: 0 };
  let full: Throughput = { photos: 0, seconds: 0, cpuMs: 0 };
  for (let round = 0; round < ROUNDS; round += 1) {
    floor = add(floor, await throughput(SECONDS / ROUNDS, photos, (bytes) => sharp(bytes).raw().toBuffer()));
    full = add(full, await throughput(SECONDS / ROUNDS, photos, (bytes) => pipeline.process(bytes)));
  }
  bench.compare({
    what: 'photo pipeline (sha256, EXIF, auto-rotated 1600 px JPEG preview, 320 px WebP thumbnail, dHash)',
    figure: { value: full.photos / full.seconds, unit: 'photos/s' },
    floor: { label: 'plain full decode', value: floor.photos / floor.seconds, unit: 'photos/s' },
    target: { atLeast: 0.6 },
  });
  bench.compare({
    what: 'the same, by CPU time per photo (less sensitive to other load on the machine)',
    figure: { value: full.photos / (full.cpuMs / 1000), unit: 'photos per CPU-second' },
    floor: { label: 'plain full decode', value: floor.photos / (floor.cpuMs / 1000), unit: 'photos per CPU-second' },
  });

  await bench.finish();
}

void main();
