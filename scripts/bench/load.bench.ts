/**
 * Load on loopback against the embedded server started as a child process (compiled, from dist/).
 *
 * 1. The whole story without camera photos: 50 concurrent drivers (25 pairs), 5 officers (one per
 *    district) and 2 adjusters; per-command p50/p95/p99, errors, memory peak. Target: p99 of every
 *    command ≤ 50 ms, no error. Floor: GET /health, timed the same way during the same load.
 * 2. A burst of 12-megapixel photos from all 50 drivers at once against a photo queue bounded by
 *    PHOTO_QUEUE_MAX_BYTES: uploads that do not fit are refused with 503 and Retry-After and sent
 *    again after it. Target: the queue never holds more than its bound; no other error.
 *
 * Bounded in count and time: LOAD_STORIES stories per pair and LOAD_SECONDS for the story phase;
 * LOAD_PHOTOS_PER_DRIVER uploads each and LOAD_PHOTO_SECONDS for the burst.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { LoadClient, Recorder, UnexpectedAnswer, sleep } from '../load/load-client';
import { startServerProcess, type ServerProcess } from '../load/server-process';
import { DISTRICTS, runStories } from '../load/story';
import { Benchmark, formatNumber, percentiles } from './bench-kit';
import { cameraLikeJpeg } from './camera-photos';
import { EVERY_CONDITION_HOLDS, plateNumber } from '../../libs/testing/src/report-requests';

const PAIRS = Number(process.env.LOAD_PAIRS ?? '25');
const STORIES = Number(process.env.LOAD_STORIES ?? '4');
const STORY_SECONDS = Number(process.env.LOAD_SECONDS ?? '150');
/**
 * People, not scripts: a driver pauses about a second before each tap (LOAD_THINK_MS, jittered
 * ±50 %; 0 for a saturation run) and a phone waiting for news asks every second; the consoles
 * every half second. The server's capacity without pauses is what LOAD_THINK_MS=0 shows.
 */
const THINK_MS = Number(process.env.LOAD_THINK_MS ?? '1000');
const DRIVER_POLL_MS = Number(process.env.LOAD_DRIVER_POLL_MS ?? '1000');
const STAFF_POLL_MS = Number(process.env.LOAD_STAFF_POLL_MS ?? '500');
const PHOTOS_PER_DRIVER = Number(process.env.LOAD_PHOTOS_PER_DRIVER ?? '1');
const PHOTO_SECONDS = Number(process.env.LOAD_PHOTO_SECONDS ?? '120');
const PHOTO_QUEUE_BYTES = Number(process.env.LOAD_PHOTO_QUEUE_BYTES ?? String(32 * 1024 * 1024));
const COMMAND_P99_MS = 50;
const MiB = 1024 * 1024;

/** The commands of the story: every POST the virtual users send (queries and polls are reported apart). */
const COMMANDS = [
  'report accident',
  'join case',
  'declare circumstances',
  'propose agreement',
  'sign agreement',
  'attach small photo',
  'ask for police review',
  'take case',
  'decide liability',
  'accept liability',
  'assess damage',
  'accept assessment',
  'approve settlement',
];

async function withServer<T>(env: Record<string, string>, run: (server: ServerProcess) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'qc-load-'));
  // Every simulated user comes from this one loopback address; per-address limits would measure the
  // limiter, not the platform (bench:flood measures the limiter).
  const server = await startServerProcess({ mode: 'compiled', dataDir, env: { RATE_LIMITS: 'off', ...env } });
  try {
    return await run(server);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function metric(server: ServerProcess, name: string): Promise<number> {
  const text = await (await fetch(`${server.baseUrl}/metrics`)).text();
  return Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1] ?? 'NaN');
}

async function storyPhase(bench: Benchmark): Promise<void> {
  const smallPhoto = await sharp({
    create: { width: 64, height: 48, channels: 3, background: { r: 120, g: 90, b: 60 } },
  })
    .jpeg()
    .toBuffer();
  await withServer({ SIMULATED_PAYOUT_DELAY_MS: '20' }, async (server) => {
    const baseline = server.memory();
    // Warm-up, not measured: the first requests of a fresh process pay for compiling its code.
    await runStories({
      baseUrl: server.baseUrl,
      recorder: new Recorder(),
      pairs: 5,
      storiesPerPair: 2,
      deadline: Date.now() + 30_000,
      smallPhoto,
    });
    const recorder = new Recorder();
    const floorRecorder = new Recorder();
    let running = true;
    const health = new LoadClient(server.baseUrl, floorRecorder);
    const floorProbe = (async () => {
      while (running) {
        await health.send('GET /health', 'GET', '/health').catch(() => undefined);
        await sleep(20);
      }
    })();
    const started = Date.now();
    const cpuBefore = server.cpuSeconds();
    const outcome = await runStories({
      baseUrl: server.baseUrl,
      recorder,
      pairs: PAIRS,
      storiesPerPair: STORIES,
      deadline: started + STORY_SECONDS * 1000,
      smallPhoto,
      rampUpMs: 1000,
      thinkMs: THINK_MS,
      driverPollMs: DRIVER_POLL_MS,
      staffPollMs: STAFF_POLL_MS,
    });
    running = false;
    await floorProbe;
    const seconds = (Date.now() - started) / 1000;
    const cpu = server.cpuSeconds() - cpuBefore;
    const memory = server.memory();
    bench.workload(
      `story phase: ${PAIRS * 2} drivers (${PAIRS} pairs) + ${DISTRICTS.length} officers (one per district) + 2 adjusters on loopback, starting over 1 s after a warm-up of 10 stories; ${STORIES} stories per pair, half settled by agreement, half decided by the police (with three 64×48 JPEGs, as the police route requires); claims assessed, accepted and paid by the simulated insurers; drivers pause ${THINK_MS} ms (±50 %) before each command and poll every ${DRIVER_POLL_MS} ms, consoles every ${STAFF_POLL_MS} ms; at most ${STORY_SECONDS}s`,
    );
    bench.note(
      `story phase: ${outcome.completed}/${outcome.started} stories completed in ${seconds.toFixed(1)} s, ${formatNumber(recorder.calls)} requests (${formatNumber(recorder.calls / seconds)}/s); the server used ${formatNumber((cpu * 1000) / recorder.calls)} ms of CPU per request (${formatNumber((100 * cpu) / seconds)} % of one core)`,
    );
    const floor = percentiles(floorRecorder.latencies.get('GET /health') ?? []);
    for (const command of COMMANDS) {
      const samples = recorder.latencies.get(command);
      if (!samples) continue;
      const measured = bench.latencies(`${command} (POST)`, samples);
      bench.compare({
        what: `p99 of ${command}`,
        figure: { value: measured.p99, unit: 'ms' },
        floor: { label: 'p99 of GET /health during the same load', value: floor.p99, unit: 'ms' },
        // The police route needs photos; their upload writes three blobs durably before its append.
        ...(command === 'attach small photo' ? {} : { target: { figureAtMost: COMMAND_P99_MS } }),
      });
    }
    for (const [name, samples] of recorder.latencies) {
      if (!COMMANDS.includes(name) && name !== 'dev-token') bench.latencies(`${name} (query)`, samples);
    }
    bench.latencies('GET /health (floor)', floorRecorder.latencies.get('GET /health') ?? []);
    bench.bound({
      what: 'story phase: errors',
      figure: { value: recorder.errors.length, unit: 'errors' },
      target: { atMost: 0 },
    });
    for (const error of recorder.errors.slice(0, 10)) bench.note(`error: ${JSON.stringify(error)}`);
    bench.bound({
      what: 'story phase: stories not completed',
      figure: { value: outcome.started - outcome.completed, unit: 'stories' },
      target: { atMost: 0 },
    });
    bench.bound({
      what: 'story phase: server memory peak (VmHWM)',
      figure: { value: (memory.peakRssBytes ?? Number.NaN) / MiB, unit: 'MiB' },
      note: `resident memory after start ${formatNumber((baseline.rssBytes ?? Number.NaN) / MiB)} MiB`,
    });
  });
}

async function photoPhase(bench: Benchmark): Promise<void> {
  const originals = await Promise.all([1, 2, 3, 4].map((seed) => cameraLikeJpeg(seed)));
  const averageBytes = originals.reduce((sum, photo) => sum + photo.length, 0) / originals.length;
  await withServer(
    { PHOTO_QUEUE_MAX_BYTES: String(PHOTO_QUEUE_BYTES), SIMULATED_PAYOUT_DELAY_MS: '20' },
    async (server) => {
      const recorder = new Recorder();
      const baseline = server.memory();
      const drivers = await Promise.all(
        Array.from({ length: PAIRS }, async (_, pair) => {
          const A = await LoadClient.as(server.baseUrl, recorder, { sub: `photo-driver-${pair}-a`, role: 'driver' });
          const B = await LoadClient.as(server.baseUrl, recorder, { sub: `photo-driver-${pair}-b`, role: 'driver' });
          const reported = await A.send<{ caseId: string; joinCode: string }>('report accident', 'POST', '/cases', {
            occurredAt: new Date(Date.now() - 5 * 60_000).toISOString(),
            location: { lat: 29.563, lng: 106.551, address: '重庆市渝中区解放碑', district: 'yuzhong' },
            eligibility: EVERY_CONDITION_HOLDS,
            party: partyInput('A', pair),
          });
          const { caseId, joinCode } = reported.body;
          await B.send('join case', 'POST', `/cases/${caseId}/join`, { joinCode, party: partyInput('B', pair) });
          return [
            { client: A, caseId },
            { client: B, caseId },
          ];
        }),
      );
      const deadline = Date.now() + PHOTO_SECONDS * 1000;
      let accepted = 0;
      let refused = 0;
      let salt = 0;
      let peakDuringBurst = 0;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          peakDuringBurst = Math.max(peakDuringBurst, await metric(server, 'quickclaim_photo_queue_bytes'));
          await sleep(50);
        }
      })();
      const started = Date.now();
      await Promise.all(
        drivers.flat().map(async ({ client, caseId }, driver) => {
          for (let photo = 0; photo < PHOTOS_PER_DRIVER; photo += 1) {
            salt += 1;
            const bytes = Buffer.concat([originals[(driver + photo) % originals.length]!, Buffer.from(`#${salt}`)]);
            const kind = ['FRONT_SIDE', 'REAR_SIDE', 'POINT_OF_IMPACT', 'OTHER'][photo % 4]!;
            while (Date.now() < deadline) {
              const form = new FormData();
              form.append('kind', kind);
              form.append('file', new Blob([new Uint8Array(bytes)]), 'photo.jpg');
              try {
                const answer = await client.send(
                  'upload 12 MP photo',
                  'POST',
                  `/cases/${caseId}/photos`,
                  form,
                  [201],
                  [503],
                );
                if (answer.status === 201) {
                  accepted += 1;
                  break;
                }
                refused += 1;
                await sleep(Number(answer.headers.get('retry-after') ?? '1') * 1000);
              } catch (error) {
                if (!(error instanceof UnexpectedAnswer)) throw error;
                break;
              }
            }
          }
        }),
      );
      const seconds = (Date.now() - started) / 1000;
      sampling = false;
      await sampler;
      const highWater = await metric(server, 'quickclaim_photo_queue_high_water_bytes');
      const memory = server.memory();
      bench.workload(
        `photo phase: ${PAIRS * 2} drivers each upload ${PHOTOS_PER_DRIVER} camera-like 12 MP JPEG (${formatNumber(averageBytes / MiB)} MiB) at once; PHOTO_QUEUE_MAX_BYTES=${formatNumber(PHOTO_QUEUE_BYTES / MiB)} MiB; a refused upload is sent again after Retry-After; at most ${PHOTO_SECONDS}s`,
      );
      bench.note(
        `photo phase: ${accepted} photos taken in ${seconds.toFixed(1)} s (${(accepted / seconds).toFixed(2)} photos/s), ${refused} refusals with 503 PHOTO_QUEUE_FULL and Retry-After`,
      );
      bench.latencies(
        'upload 12 MP photo (POST, accepted or refused)',
        recorder.latencies.get('upload 12 MP photo') ?? [],
      );
      bench.bound({
        what: 'photo phase: most upload bytes the queue held (server high-water mark)',
        figure: { value: highWater / MiB, unit: 'MiB' },
        target: { atMost: PHOTO_QUEUE_BYTES / MiB },
        note: `highest sampled every 50 ms: ${formatNumber(peakDuringBurst / MiB)} MiB`,
      });
      bench.bound({
        what: 'photo phase: photos not taken',
        figure: { value: PAIRS * 2 * PHOTOS_PER_DRIVER - accepted, unit: 'photos' },
        target: { atMost: 0 },
      });
      bench.bound({
        what: 'photo phase: errors',
        figure: { value: recorder.errors.length, unit: 'errors' },
        target: { atMost: 0 },
      });
      for (const error of recorder.errors.slice(0, 10)) bench.note(`error: ${JSON.stringify(error)}`);
      bench.bound({
        what: 'photo phase: server memory peak (VmHWM)',
        figure: { value: (memory.peakRssBytes ?? Number.NaN) / MiB, unit: 'MiB' },
        note: `resident memory after start ${formatNumber((baseline.rssBytes ?? Number.NaN) / MiB)} MiB; the queue bound covers upload bytes, libvips adds its decode buffers for the photos in the pipeline (2 at a time)`,
      });
    },
  );
}

function partyInput(letter: 'A' | 'B', pair: number) {
  return {
    driverName: letter === 'A' ? '张三' : '李四',
    phone: `1390000${String(pair * 2 + (letter === 'A' ? 0 : 1)).padStart(4, '0')}`,
    licenceNo: `11010119900101${String(pair).padStart(4, '0')}`,
    plate: plateNumber(pair * 2 + (letter === 'A' ? 0 : 1), 'P'),
    insurer: letter === 'A' ? 'PICC' : 'CPIC',
    policyNumber: `P-${letter}-${pair}`,
    coverage: { thirdPartyLimitFen: 100_000_000, ownDamage: true },
  };
}

async function main(): Promise<void> {
  const bench = new Benchmark('load', 'Load on loopback: the whole story, then a photo burst');
  const only = process.env.LOAD_PHASES?.split(',') ?? ['story', 'photos'];
  if (only.includes('story')) await storyPhase(bench);
  if (only.includes('photos')) await photoPhase(bench);
  await bench.finish();
}

void main();
