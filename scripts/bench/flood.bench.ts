/**
 * A flood against the rate limits, and what it costs everyone else: other drivers' reads and
 * commands timed on the embedded server with nobody flooding (the floor), then again while one
 * driver hammers the upload endpoint from several connections far beyond its limit. Prints both
 * latency distributions, the flood's rate and how much of it was refused, and the ratio of the
 * others' p50 and p99 under the flood to the floor (1.0 = not slowed at all). Bounded in time.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { EVERY_CONDITION_HOLDS } from '../../libs/testing/src/report-requests';
import { sceneJpeg } from '../../libs/testing/src/test-images';

const SECONDS = Number(process.env.BENCH_SECONDS ?? '5');
const FLOOD_CONNECTIONS = Number(process.env.BENCH_FLOOD_CONNECTIONS ?? '8');
const OTHER_DRIVERS = 4;
const ROOT = resolve(__dirname, '../../..');

/** The flood runs on its own thread, so building its requests does not slow the measuring client. */
const FLOOD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { base, token, caseId, photo, connections } = workerData;
let stop = false;
let sent = 0;
let refused = 0;
parentPort.on('message', () => { stop = true; });
Promise.all(Array.from({ length: connections }, async () => {
  while (!stop) {
    const form = new FormData();
    form.append('kind', 'SCENE');
    form.append('file', new Blob([photo]), 'photo.jpg');
    const response = await fetch(base + '/cases/' + caseId + '/photos', {
      method: 'POST', headers: { authorization: 'Bearer ' + token }, body: form,
    });
    await response.arrayBuffer();
    sent += 1;
    if (response.status === 429) refused += 1;
  }
})).then(() => parentPort.postMessage({ sent, refused }));
`;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'qc-flood-'));
  const port = await freePort();
  const server = spawn(process.execPath, ['-r', 'tsconfig-paths/register', join(ROOT, 'dist/apps/api/src/main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      TS_NODE_BASEURL: join(ROOT, 'dist'),
      PORT: String(port),
      DATA_DIR: dataDir,
      DEADLINE_SWEEP_MS: '0',
      LOG_LEVEL: 'error',
      RATE_LIMIT_UPLOADS: '10/1m',
      RATE_LIMIT_UPLOADS_PER_IP: 'off',
      // The other drivers' own commands are not what is measured: only the flood is limited.
      RATE_LIMIT_DECISIONS: 'off',
      RATE_LIMIT_DECISIONS_PER_IP: 'off',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await untilUp(base);
    const flooder = await token(base, 'flooder');
    const floodCase = await report(base, flooder);
    const others = await Promise.all(
      Array.from({ length: OTHER_DRIVERS }, async (_, index) => {
        const driver = await token(base, `driver-${index}`);
        return { driver, caseId: await report(base, driver) };
      }),
    );
    const photo = await sceneJpeg(1, {}, { width: 1200, height: 900 });
    console.log(
      `flood: ${FLOOD_CONNECTIONS} connections uploading ${(photo.length / 1024).toFixed(0)} KiB photos ` +
        `(limit 10/min) while ${OTHER_DRIVERS} other drivers read their case and declare circumstances, ` +
        `${SECONDS} s each phase; the server in its own process`,
    );
    const floor = await othersFor(base, others, SECONDS);
    const worker = new Worker(FLOOD_WORKER, {
      eval: true,
      workerData: {
        base,
        token: flooder,
        caseId: floodCase,
        photo: new Uint8Array(photo),
        connections: FLOOD_CONNECTIONS,
      },
    });
    const flooded = new Promise<{ sent: number; refused: number }>((resolveFlood) =>
      worker.once('message', resolveFlood),
    );
    const underFlood = await othersFor(base, others, SECONDS);
    worker.postMessage('stop');
    const flood = await flooded;
    await worker.terminate();
    print('others, nobody flooding (floor)', floor);
    print('others, during the flood', underFlood);
    console.log(
      `  flood: ${(flood.sent / SECONDS).toFixed(0)} uploads/s, ${((100 * flood.refused) / Math.max(1, flood.sent)).toFixed(1)} % refused with 429`,
    );
    console.log(
      `  ratio under flood / floor: p50 ${(quantile(underFlood, 0.5) / quantile(floor, 0.5)).toFixed(2)}, ` +
        `p99 ${(quantile(underFlood, 0.99) / quantile(floor, 0.99)).toFixed(2)}`,
    );
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolveExit) => server.once('exit', resolveExit));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

async function untilUp(base: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the server did not start');
    await new Promise((resolveLater) => setTimeout(resolveLater, 100));
  }
}

/** Each other driver alternates a read of their case and a command on it, for `seconds`. */
async function othersFor(base: string, others: { driver: string; caseId: string }[], seconds: number) {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    others.map(async ({ driver, caseId }) => {
      for (let turn = 0; performance.now() < deadline; turn += 1) {
        const started = performance.now();
        const response =
          turn % 2 === 0
            ? await fetch(`${base}/cases/${caseId}`, { headers: { authorization: `Bearer ${driver}` } })
            : await fetch(`${base}/cases/${caseId}/circumstances`, {
                method: 'POST',
                headers: { authorization: `Bearer ${driver}`, 'content-type': 'application/json' },
                body: JSON.stringify({ situations: turn % 4 === 1 ? ['S01'] : [] }),
              });
        await response.arrayBuffer();
        if (response.status >= 400) throw new Error(`another driver got ${response.status}`);
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies.sort((left, right) => left - right);
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function print(label: string, sorted: number[]): void {
  console.log(
    `  ${label.padEnd(36)} ${String(sorted.length).padStart(6)} requests  ` +
      `p50 ${quantile(sorted, 0.5).toFixed(2)} ms  p99 ${quantile(sorted, 0.99).toFixed(2)} ms`,
  );
}

async function token(base: string, sub: string): Promise<string> {
  const response = await fetch(`${base}/auth/dev-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sub, role: 'driver', phone: '13800000001' }),
  });
  return ((await response.json()) as { token: string }).token;
}

async function report(base: string, driver: string): Promise<string> {
  const response = await fetch(`${base}/cases`, {
    method: 'POST',
    headers: { authorization: `Bearer ${driver}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      location: { lat: 29.563, lng: 106.551, address: '解放碑', district: 'yuzhong' },
      eligibility: EVERY_CONDITION_HOLDS,
      party: {
        driverName: '张三',
        phone: '13800000001',
        licenceNo: '110101199001011234',
        plate: `渝A${Math.floor(Math.random() * 90000) + 10000}`,
        insurer: 'PICC',
        policyNumber: 'PICC-1',
        coverage: { thirdPartyLimitFen: 100_000_000, ownDamage: true },
      },
    }),
  });
  if (response.status !== 201) throw new Error(`report failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { caseId: string }).caseId;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
