/**
 * What `bench:requests` and `profile:commands` share: a server started as a child process with the
 * CPU probe preloaded (cpu-probe.ts), the three requests they send, and one timed phase of
 * autocannon against one of them, with the server's own CPU time before and after.
 */
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess, type ServerProcess, type StartOptions } from '../load/server-process';
import { EVERY_CONDITION_HOLDS, plateNumber } from '../../libs/testing/src/report-requests';
import { PROBE_ANNOUNCEMENT, type CpuReading } from './cpu-reading';

export interface ProbedServer {
  name: string;
  server: ServerProcess;
  readCpu(): Promise<CpuReading>;
  stop(): Promise<void>;
}

/** Starts a compiled server (the API, or `entry`) in a scratch data folder, with the CPU probe preloaded. */
export async function startProbedServer(
  name: string,
  options: Omit<StartOptions, 'mode' | 'dataDir'>,
): Promise<ProbedServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'qc-requests-'));
  const server = await startServerProcess({
    ...options,
    mode: 'compiled',
    dataDir,
    env: { ...options.env, NODE_OPTIONS: `--require ${join(__dirname, 'cpu-probe.js')}` },
  });
  const probe = PROBE_ANNOUNCEMENT.exec(server.output())?.[1];
  if (!probe) {
    await server.stop();
    throw new Error(`${name}: the CPU probe did not announce itself:\n${server.output().slice(0, 2000)}`);
  }
  return {
    name,
    server,
    readCpu: async () => (await (await fetch(`${probe}/cpu`)).json()) as CpuReading,
    stop: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type Endpoint = 'health' | 'query' | 'report';

export const ENDPOINT_LABELS: Record<Endpoint, string> = {
  health: 'GET /health',
  query: 'GET /cases/{id}',
  report: 'POST /cases',
};

/**
 * A valid report (POST /cases) as the driver's phone sends it; every one with its own plate and
 * policy, so no fraud signal (repeat plate) grows with the run.
 */
export function reportBody(index: number): Record<string, unknown> {
  return {
    occurredAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    location: { lat: 29.563, lng: 106.551, address: '重庆市渝中区解放碑', district: 'yuzhong' },
    eligibility: EVERY_CONDITION_HOLDS,
    party: {
      driverName: '张三',
      phone: '13800000000',
      licenceNo: '110101199001010000',
      plate: plateNumber(index),
      insurer: 'PICC',
      policyNumber: `PICC-2026-${index}`,
      coverage: { thirdPartyLimitFen: 100_000_000, ownDamage: true },
    },
  };
}

/** Development tokens of `count` drivers (the floor apps take any bearer token: they do not read it). */
export async function driverTokens(baseUrl: string, count: number): Promise<string[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const response = await fetch(`${baseUrl}/auth/dev-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          sub: `bench-driver-${index}`,
          role: 'driver',
          phone: `1390000${String(index).padStart(4, '0')}`,
        }),
      });
      if (response.status !== 201) throw new Error(`dev-token: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { token: string }).token;
    }),
  );
}

/** One report, sent once before the phases, so the query phase reads a case that exists. */
export async function seedCase(baseUrl: string, token: string): Promise<string> {
  const response = await fetch(`${baseUrl}/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(reportBody(0)),
  });
  if (response.status !== 201) throw new Error(`seed POST /cases: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { caseId: string }).caseId;
}

export interface PhaseOptions {
  endpoint: Endpoint;
  seconds: number;
  connections: number;
  /** Bearer tokens: reports rotate through them, the query uses the first (the seeded case's reporter). */
  tokens: string[];
  caseId: string;
}

export interface PhaseResult {
  /** 2xx answers per second of the phase. */
  rate: number;
  answered: number;
  /** Answers that were not 2xx, plus connection errors and timeouts. */
  failures: number;
  statuses: Record<string, number>;
  /** Server CPU (user + system) during the phase, in ms. */
  cpuMs: number;
  latenciesMs: number[];
  seconds: number;
  before: CpuReading;
  after: CpuReading;
}

let reportsSent = 0;

/** One phase of autocannon against one endpoint; the server's CPU is read just before and just after. */
export async function runPhase(target: ProbedServer, options: PhaseOptions): Promise<PhaseResult> {
  const latenciesMs: number[] = [];
  const statuses: Record<string, number> = {};
  let answered = 0;
  const authorization = (index: number) => `Bearer ${options.tokens[index % options.tokens.length]}`;
  const request: autocannon.Request =
    options.endpoint === 'report'
      ? {
          method: 'POST',
          path: '/cases',
          // A phone sends a fresh Idempotency-Key with every command it has not sent before.
          setupRequest: (base) => {
            reportsSent += 1;
            return {
              ...base,
              body: JSON.stringify(reportBody(reportsSent)),
              headers: {
                ...base.headers,
                'content-type': 'application/json',
                'idempotency-key': randomUUID(),
                authorization: authorization(reportsSent),
              },
            };
          },
        }
      : {
          method: 'GET',
          path: options.endpoint === 'health' ? '/health' : `/cases/${options.caseId}`,
          headers: { authorization: authorization(0) },
        };
  const before = await target.readCpu();
  const started = process.hrtime.bigint();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.server.baseUrl,
        connections: options.connections,
        duration: options.seconds,
        requests: [request],
      },
      (error: unknown, finished: autocannon.Result) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      if (statusCode >= 200 && statusCode < 300) {
        answered += 1;
        latenciesMs.push(responseTime);
      }
    });
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const after = await target.readCpu();
  const cpuMs = (after.userMicros + after.systemMicros - before.userMicros - before.systemMicros) / 1000;
  return {
    rate: answered / seconds,
    answered,
    failures: result.non2xx + result.errors + result.timeouts,
    statuses,
    cpuMs,
    latenciesMs,
    seconds,
    before,
    after,
  };
}
