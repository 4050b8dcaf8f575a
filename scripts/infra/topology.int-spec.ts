/**
 * The production topology on loopback, each part its own process as docker/ runs them: two API
 * instances, the projector and the relay, against one SQLite event store (EventStoreDB cannot run
 * here), MongoDB-wire read models and photos (GridFS), and Kafka. An insurer's payment system
 * is played by this test over Kafka. Needs `npm run build` and the servers that
 * `npm run test:infra` starts (MONGODB_URL, KAFKA_BROKERS); without them it reports itself as not run.
 */
import { randomUUID } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BusSubscription } from '@quickclaim/platform';
import { KafkaMessageBus } from '@quickclaim/platform/kafka';
import { EVERY_CONDITION_HOLDS, eventually as within, sceneJpeg } from '@quickclaim/testing';

/** Separate processes over Kafka: within 30 s, looking every 100 ms. */
const eventually = <T>(check: () => Promise<T>, timeoutMs = 30_000): Promise<T> => within(check, timeoutMs, 100);

const mongoUrl = process.env.MONGODB_URL;
const brokers = process.env.KAFKA_BROKERS;
const ROOT = resolve(__dirname, '..', '..');
const PAYOUT_REQUESTS = 'quickclaim.payout-requests.v1';
const PAYOUT_RESULTS = 'quickclaim.payout-results.v1';

interface Running {
  name: string;
  child: ChildProcess;
  output(): string;
  /** The port announced in the process's log, when it serves HTTP. */
  port?: number;
}

/** Starts one compiled app and waits for the line that says it is ready. */
async function startApp(name: string, app: string, env: Record<string, string>, ready: RegExp): Promise<Running> {
  const main = join(ROOT, 'dist', 'apps', app, 'src', 'main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: run npm run build first`);
  const child = spawn(process.execPath, ['-r', 'tsconfig-paths/register', main], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TS_NODE_BASEURL: './dist', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise<number | undefined>((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in time:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePort(match[1] ? Number(match[1]) : undefined);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
  return { name, child, output: () => output, ...(port !== undefined ? { port } : {}) };
}

async function stopApp(running: Running): Promise<void> {
  if (running.child.exitCode !== null || running.child.signalCode !== null) return;
  const exited = new Promise((done) => running.child.once('exit', done));
  running.child.kill('SIGTERM');
  await exited;
}

/** One identity against one API instance; it sends back the position of its last command (read-your-writes). */
class Caller {
  private position: string | null = null;

  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  at(baseUrl: string): Caller {
    const moved = new Caller(baseUrl, this.token);
    moved.position = this.position;
    return moved;
  }

  async send<T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: T }> {
    const isForm = body instanceof FormData;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body !== undefined && !isForm ? { 'content-type': 'application/json' } : {}),
        ...(this.position ? { 'read-after': this.position } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: isForm ? body : JSON.stringify(body) } : {}),
    });
    this.position = response.headers.get('event-position') ?? this.position;
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
  }
}

async function token(baseUrl: string, claims: Record<string, string>): Promise<string> {
  const response = await fetch(`${baseUrl}/auth/dev-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(claims),
  });
  return ((await response.json()) as { token: string }).token;
}

/** Chongqing's local time, as a phone camera writes it into EXIF. */
function exifTime(instant: Date): string {
  const local = new Date(instant.getTime() + 8 * 3_600_000).toISOString();
  return `${local.slice(0, 10).replace(/-/g, ':')} ${local.slice(11, 19)}`;
}

const party = (name: string, phone: string, plate: string, insurer: string) => ({
  driverName: name,
  phone,
  licenceNo: '110101199001011234',
  plate,
  insurer,
  policyNumber: `${insurer}-2026-0001`,
  coverage: { thirdPartyLimitFen: 100_000_000, ownDamage: true },
});

if (mongoUrl && brokers) {
  jest.setTimeout(180_000);

  describe('the production topology: two APIs, the projector and the relay as separate processes', () => {
    const started: Running[] = [];
    let insurer: KafkaMessageBus;
    let insurerSubscription: BusSubscription | null = null;

    afterAll(async () => {
      await insurerSubscription?.stop();
      await insurer?.close();
      for (const running of started.reverse()) await stopApp(running);
    });

    it('carries a case from report to payout, with optimistic concurrency across instances', async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'qc-topology-'));
      const database = `${mongoUrl.replace(/\/[^/]*$/, '')}/qc-topology-${randomUUID().slice(0, 8)}`;
      const shared = { DATA_DIR: dataDir, MONGODB_URL: database, KAFKA_BROKERS: brokers, READ_STORE: 'mongodb' };
      const relay = await startApp(
        'relay',
        'relay',
        { ...shared, HEALTH_PORT: '0', PAYMENT_GATEWAY: 'none', DEADLINE_SWEEP_MS: '0' },
        /health on :(\d+)/,
      );
      started.push(relay);
      const projector = await startApp('projector', 'projector', { ...shared, HEALTH_PORT: '0' }, /health on :(\d+)/);
      started.push(projector);
      const apiEnvironment = {
        ...shared,
        PORT: '0',
        PROJECTIONS: 'external',
        PROCESSES: 'external',
        BLOB_STORE: 'gridfs',
        PAYMENT_GATEWAY: 'none',
        DEADLINE_SWEEP_MS: '0',
      };
      const ready = /listening on http:\/\/localhost:(\d+)/;
      const [api1, api2] = await Promise.all([
        startApp('api-1', 'api', apiEnvironment, ready),
        startApp('api-2', 'api', apiEnvironment, ready),
      ]);
      started.push(api1!, api2!);
      const one = `http://127.0.0.1:${api1!.port}`;
      const two = `http://127.0.0.1:${api2!.port}`;

      // The insurers' payment systems: every payout request on Kafka is paid, and the result sent back.
      insurer = new KafkaMessageBus({ brokers: brokers.split(','), clientId: `test-insurer-${randomUUID()}` });
      const paidAt: number[] = [];
      insurerSubscription = await insurer.subscribe(
        PAYOUT_REQUESTS,
        `test-insurer-${randomUUID()}`,
        async (message) => {
          const request = message.value as { payoutId: string; claimId: string; payer: string; attempt: number };
          await insurer.publish([
            {
              topic: PAYOUT_RESULTS,
              key: message.key,
              value: { version: 1, ...request, status: 'PAID', reference: `BANK-${request.payoutId.slice(0, 8)}` },
              headers: { 'event-id': `${request.payoutId}:${request.attempt}` },
            },
          ]);
          paidAt.push(Date.now());
        },
      );

      const driverA = new Caller(one, await token(one, { sub: 'topology-a', role: 'driver', phone: '13800000001' }));
      const driverB = new Caller(two, await token(two, { sub: 'topology-b', role: 'driver', phone: '13800000002' }));
      const officer1 = new Caller(one, await token(one, { sub: 'officer-1', role: 'officer', district: 'yuzhong' }));
      const officer2 = new Caller(two, await token(two, { sub: 'officer-2', role: 'officer', district: 'yuzhong' }));
      const picc = new Caller(one, await token(one, { sub: 'adjuster-picc', role: 'adjuster', insurer: 'PICC' }));
      const cpic = new Caller(two, await token(two, { sub: 'adjuster-cpic', role: 'adjuster', insurer: 'CPIC' }));

      const reportedAt = Date.now();
      const occurredAt = new Date(reportedAt - 5 * 60_000);
      const where = { lat: 29.563, lng: 106.551 };
      const reportBody = {
        occurredAt: occurredAt.toISOString(),
        location: { ...where, address: '重庆市渝中区解放碑', district: 'yuzhong' },
        eligibility: EVERY_CONDITION_HOLDS,
        party: party('张三', '13800000001', '渝A30001', 'PICC'),
      };
      const idempotencyKey = { 'idempotency-key': randomUUID() };
      const report = await driverA.send<{ caseId: string; joinCode: string }>(
        'POST',
        '/cases',
        reportBody,
        idempotencyKey,
      );
      expect(report.status).toBe(201);
      const { caseId, joinCode } = report.body;
      // The phone lost the answer and retries through the other instance: the first answer, nothing new.
      const retried = await driverA.at(two).send('POST', '/cases', reportBody, idempotencyKey);
      expect(retried).toEqual(report);
      expect(
        (
          await driverB.send('POST', `/cases/${caseId}/join`, {
            joinCode,
            party: party('李四', '13800000002', '渝B30002', 'CPIC'),
          })
        ).status,
      ).toBe(200);
      for (const [index, kind] of ['FRONT_SIDE', 'REAR_SIDE', 'POINT_OF_IMPACT'].entries()) {
        const form = new FormData();
        form.append('kind', kind);
        const photo = await sceneJpeg(7100 + index, {
          dateTimeOriginal: exifTime(occurredAt),
          offset: '+08:00',
          gps: where,
        });
        form.append('file', new Blob([new Uint8Array(photo)]), 'photo.jpg');
        const upload = await driverA
          .at(index % 2 === 0 ? one : two)
          .send<{ flags: string[] }>('POST', `/cases/${caseId}/photos`, form);
        expect(upload.status).toBe(201);
        expect(upload.body.flags).toEqual([]);
      }
      expect((await driverB.send('POST', `/cases/${caseId}/circumstances`, { situations: ['S01'] })).status).toBe(200);
      expect((await driverA.send('POST', `/cases/${caseId}/police-review`)).status).toBe(202);

      // Both instances serve the same desk queue, read from the projector's models.
      await eventually(async () => {
        const [queueOne, queueTwo] = await Promise.all([
          officer1.send<{ items: { caseId: string }[] }>('GET', '/desk/queue'),
          officer2.send<{ items: { caseId: string }[] }>('GET', '/desk/queue'),
        ]);
        expect(queueOne.body.items.map((item) => item.caseId)).toContain(caseId);
        expect(queueTwo.body).toEqual(queueOne.body);
      });

      // Two officers take the case at once, through different instances: exactly one wins.
      const takes = await Promise.all([
        officer1.send<{ code?: string }>('POST', `/cases/${caseId}/assignment`),
        officer2.send<{ code?: string }>('POST', `/cases/${caseId}/assignment`),
      ]);
      expect(takes.map((take) => take.status).sort()).toEqual([200, 409]);
      expect(takes.find((take) => take.status === 409)?.body.code).toBe('ALREADY_ASSIGNED');
      const holder = takes[0]!.status === 200 ? officer1 : officer2;
      expect(
        (
          await holder.send('POST', `/cases/${caseId}/liability/decision`, {
            allocation: { A: 'NONE', B: 'FULL' },
            situations: ['S01'],
            reasoning: 'B ran into A from behind',
          })
        ).status,
      ).toBe(200);
      expect((await driverA.send('POST', `/cases/${caseId}/liability/accept`)).status).toBe(200);
      expect((await driverB.send('POST', `/cases/${caseId}/liability/accept`)).status).toBe(200);

      // The relay's process manager opens the claims; the projector shows them to both instances.
      const claims = await eventually(async () => {
        const view = await driverA.send<{ status: string; claims: { claimId: string; party: string }[] }>(
          'GET',
          `/cases/${caseId}`,
        );
        expect(view.body.claims).toHaveLength(2);
        return Object.fromEntries(view.body.claims.map((claim) => [claim.party, claim.claimId])) as Record<
          'A' | 'B',
          string
        >;
      });
      expect(
        (
          await picc.send('POST', `/claims/${claims.A}/assessment`, {
            lineItems: [{ description: 'rear bumper', amountFen: 380_000 }],
          })
        ).status,
      ).toBe(200);
      expect(
        (
          await cpic.send('POST', `/claims/${claims.B}/assessment`, {
            lineItems: [{ description: 'headlamp', amountFen: 90_000 }],
          })
        ).status,
      ).toBe(200);
      expect((await driverA.at(two).send('POST', `/claims/${claims.A}/assessment/accept`)).status).toBe(200);
      expect((await driverB.at(one).send('POST', `/claims/${claims.B}/assessment/accept`)).status).toBe(200);

      // Straight through: payout requests reach the insurer over Kafka, its results come back, the case closes.
      const closed = await eventually(async () => {
        const view = await driverA.send<{ status: string }>('GET', `/cases/${caseId}`);
        expect(view.body.status).toBe('CLOSED');
        return Date.now();
      }, 60_000);
      const claimA = await driverA.send<{
        settlement: { lines: { payer: string; coverage: string; amountFen: number }[] };
      }>('GET', `/claims/${claims.A}`);
      expect(claimA.body.settlement.lines.map((line) => [line.payer, line.coverage, line.amountFen])).toEqual([
        ['CPIC', 'COMPULSORY', 200_000],
        ['CPIC', 'THIRD_PARTY', 180_000],
      ]);
      const [fromOne, fromTwo] = await Promise.all([
        driverA.at(one).send('GET', `/cases/${caseId}`),
        driverA.at(two).send('GET', `/cases/${caseId}`),
      ]);
      expect(fromTwo.body).toEqual(fromOne.body);

      for (const running of [relay, projector]) {
        const health = await fetch(`http://127.0.0.1:${running.port}/health`);
        expect({ process: running.name, status: health.status }).toEqual({ process: running.name, status: 200 });
      }
      process.stdout.write(
        `production topology: report → last payout confirmed by the insurer ${((Math.max(...paidAt) - reportedAt) / 1000).toFixed(1)} s, ` +
          `→ case closed ${((closed - reportedAt) / 1000).toFixed(1)} s (two APIs, projector, relay; SQLite, MongoDB wire, Kafka)\n`,
      );
    });
  });
} else {
  describe.skip('production topology (needs MONGODB_URL and KAFKA_BROKERS from npm run test:infra; not run)', () => {
    it('carries a case from report to payout across separate processes', () => {
      expect(mongoUrl && brokers).toBeTruthy();
    });
  });
}
