/**
 * The cost of a request: requests/s, the server's CPU milliseconds per request and latency, for
 * GET /health, a query (GET /cases/{id} of a seeded case) and a command (POST /cases, a valid
 * report with a fresh Idempotency-Key), measured with autocannon on loopback against:
 * - the real API on the embedded default (SQLite event store, read models in memory) as a child
 *   process from dist/, with abuse limits off (RATE_LIMITS=off: every request comes from one
 *   address and would be refused) and LOG_LEVEL=info, the production default: one JSON access
 *   line per request on stdout (a pipe to this process, as to a container's log collector);
 * - the floors (floor-app.ts): a minimal NestJS 11 app on Express and the same on Fastify, doing
 *   the same JSON body parse and one durable SQLite write per report, and a trivial GET.
 * The server's CPU comes from the server itself (cpu-probe.ts: process.cpuUsage() before and
 * after each phase), not from the load generator. All three servers run at once, idle but for the
 * one under load, and measures alternate between them in rounds so a neighbour's load on the
 * machine falls on all three alike.
 *
 * Bounded: REQUESTS_SECONDS per measure (split over the rounds), REQUESTS_CONNECTIONS connections.
 */
import { Benchmark, formatNumber, percentiles } from './bench-kit';
import {
  ENDPOINT_LABELS,
  driverTokens,
  runPhase,
  seedCase,
  startProbedServer,
  type Endpoint,
  type PhaseResult,
  type ProbedServer,
} from './request-load';

const SECONDS = Number(process.env.REQUESTS_SECONDS ?? '6');
const WARM_UP_SECONDS = Number(process.env.REQUESTS_WARM_UP_SECONDS ?? '2');
const CONNECTIONS = Number(process.env.REQUESTS_CONNECTIONS ?? '32');
const ROUNDS = 2;
const COMMAND_CPU_MS = 1.5;
const FLOOR_RATE_SHARE = 0.5;
const ENDPOINTS: Endpoint[] = ['health', 'query', 'report'];

interface Target {
  server: ProbedServer;
  caseId: string;
}

interface Totals {
  answered: number;
  failures: number;
  cpuMs: number;
  seconds: number;
  latenciesMs: number[];
  statuses: Record<string, number>;
}

const emptyTotals = (): Totals => ({ answered: 0, failures: 0, cpuMs: 0, seconds: 0, latenciesMs: [], statuses: {} });

function add(totals: Totals, phase: PhaseResult): void {
  totals.answered += phase.answered;
  totals.failures += phase.failures;
  totals.cpuMs += phase.cpuMs;
  totals.seconds += phase.seconds;
  for (const sample of phase.latenciesMs) totals.latenciesMs.push(sample);
  for (const [status, count] of Object.entries(phase.statuses)) {
    totals.statuses[status] = (totals.statuses[status] ?? 0) + count;
  }
}

const rateOf = (totals: Totals) => totals.answered / totals.seconds;
const cpuPerRequest = (totals: Totals) => totals.cpuMs / Math.max(1, totals.answered);

async function main(): Promise<void> {
  const bench = new Benchmark('requests', 'The cost of a request: the API against minimal NestJS apps');
  bench.workload(
    `autocannon on loopback, ${CONNECTIONS} connections, no pipelining; GET /health; GET /cases/{id} of one seeded case (its reporter's token); POST /cases, a valid report with its own plate and a fresh Idempotency-Key, from 32 drivers in turn; ${WARM_UP_SECONDS}s warm-up of each endpoint, then ${SECONDS}s per endpoint and server in ${ROUNDS} alternating rounds`,
  );
  bench.workload(
    'real API: `npm run start:prod` on the embedded default (SQLite event store, group commit; read models in memory), development tokens (HS256), RATE_LIMITS=off, LOG_LEVEL=info (one access line per request on stdout, a pipe); floors: NestJS 11 with no logger, no validation, no guard, one better-sqlite3 INSERT per report (WAL, synchronous=FULL: synced before the answer), GET /health a constant, GET /cases/{id} one primary-key SELECT',
  );
  bench.workload(
    "server CPU = process.cpuUsage() of the server process (every thread) read by a probe preloaded into it, before and after each phase; the load generator's CPU is not counted",
  );
  const servers: ProbedServer[] = [];
  try {
    const api = await startProbedServer('real API', { env: { RATE_LIMITS: 'off', LOG_LEVEL: 'info' } });
    servers.push(api);
    const express = await startProbedServer('floor: NestJS on Express', {
      entry: 'dist/scripts/bench/floor-app.js',
      env: { FLOOR_PLATFORM: 'express' },
    });
    servers.push(express);
    const fastify = await startProbedServer('floor: NestJS on Fastify', {
      entry: 'dist/scripts/bench/floor-app.js',
      env: { FLOOR_PLATFORM: 'fastify' },
    });
    servers.push(fastify);
    // The floors do not read the token: the same headers go to all three, byte for byte.
    const tokens = await driverTokens(api.server.baseUrl, 32);
    const targets: Target[] = [];
    for (const server of servers) targets.push({ server, caseId: await seedCase(server.server.baseUrl, tokens[0]!) });

    const phase = (target: Target, endpoint: Endpoint, seconds: number) =>
      runPhase(target.server, { endpoint, seconds, connections: CONNECTIONS, tokens, caseId: target.caseId });
    for (const endpoint of ENDPOINTS) {
      for (const target of targets) await phase(target, endpoint, WARM_UP_SECONDS);
    }
    const totals = new Map<string, Totals>();
    const key = (target: Target, endpoint: Endpoint) => `${target.server.name} ${endpoint}`;
    for (const endpoint of ENDPOINTS) {
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
          const measured = await phase(target, endpoint, SECONDS / ROUNDS);
          const entry = totals.get(key(target, endpoint)) ?? emptyTotals();
          add(entry, measured);
          totals.set(key(target, endpoint), entry);
        }
      }
    }

    const summary: string[] = [];
    for (const endpoint of ENDPOINTS) {
      const label = ENDPOINT_LABELS[endpoint];
      const [real, onExpress, onFastify] = targets.map((target) => totals.get(key(target, endpoint))!);
      for (const [floor, name] of [
        [onExpress!, 'NestJS on Express'],
        [onFastify!, 'NestJS on Fastify'],
      ] as const) {
        bench.compare({
          what: `${label}: requests/s, real / ${name}`,
          figure: { value: rateOf(real!), unit: 'requests/s' },
          floor: { label: `minimal ${name}`, value: rateOf(floor), unit: 'requests/s' },
          ...(endpoint === 'report' ? { target: { atLeast: FLOOR_RATE_SHARE } } : {}),
        });
      }
      for (const [floor, name] of [
        [onExpress!, 'NestJS on Express'],
        [onFastify!, 'NestJS on Fastify'],
      ] as const) {
        bench.compare({
          what: `${label}: server CPU per request, real / ${name}`,
          figure: { value: cpuPerRequest(real!), unit: 'ms' },
          floor: { label: `minimal ${name}`, value: cpuPerRequest(floor), unit: 'ms' },
          ...(endpoint === 'report' && name === 'NestJS on Express'
            ? { target: { figureAtMost: COMMAND_CPU_MS } }
            : {}),
        });
      }
      targets.forEach((target, index) => {
        const measured = [real, onExpress, onFastify][index]!;
        const latency = bench.latencies(`${label}, ${target.server.name}`, measured.latenciesMs);
        summary.push(
          `| ${label} | ${target.server.name} | ${formatNumber(rateOf(measured))} | ${formatNumber(cpuPerRequest(measured))} | ${formatNumber(latency.p50)} | ${formatNumber(latency.p99)} | ${measured.failures} |`,
        );
      });
      bench.bound({
        what: `${label}: answers other than 2xx from the real API`,
        figure: { value: real!.failures, unit: 'answers' },
        target: { atMost: 0 },
        ...(real!.failures > 0 ? { note: `statuses: ${JSON.stringify(real!.statuses)}` } : {}),
      });
    }
    console.log(
      [
        '',
        '| endpoint | server | requests/s | CPU ms/request | p50 ms | p99 ms | failures |',
        '|---|---|---|---|---|---|---|',
        ...summary,
        '',
      ].join('\n'),
    );
    const reports = totals.get(key(targets[0]!, 'report'))!;
    const reportLatency = percentiles(reports.latenciesMs);
    bench.note(
      `POST /cases on the real API: ${formatNumber(rateOf(reports))} reports/s at ${formatNumber((100 * reports.cpuMs) / (reports.seconds * 1000))} % of one core (p50 ${formatNumber(reportLatency.p50)} ms); the floors write one row with a synchronous fsync per request on the event loop, so under ${CONNECTIONS} connections they are bound by the disk while the API's group commit shares one fdatasync among many appends — compare the CPU per request for the work, the rate for what a client sees`,
    );
  } finally {
    for (const server of servers) await server.stop();
  }
  await bench.finish();
}

void main();
