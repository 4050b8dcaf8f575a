/**
 * `npm run profile:commands`: where the CPU of a command goes. The real API (the same server and
 * settings as bench:requests) runs under `node --cpu-prof`; after a warm-up, POST /cases load
 * runs for PROFILE_SECONDS; the profile, written when the server stops, is cut to that phase
 * (the CPU probe gives the server's clock at its start and end) and its self time attributed to
 * named shares (cpu-profile-shares.ts). PROFILE_ENDPOINT=query or health profiles another request.
 *
 * The profile sees the main thread's JavaScript and what it calls; the thread pool's fdatasync
 * and V8's helper threads are in the probe's CPU figure, not in the table.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatNumber, percentiles } from './bench-kit';
import { attribute, describeUnclaimed, placesMarkdown, readProfile, sharesMarkdown } from './cpu-profile-shares';
import { ENDPOINT_LABELS, driverTokens, runPhase, seedCase, startProbedServer, type Endpoint } from './request-load';

const SECONDS = Number(process.env.PROFILE_SECONDS ?? '10');
const WARM_UP_SECONDS = Number(process.env.PROFILE_WARM_UP_SECONDS ?? '3');
const CONNECTIONS = Number(process.env.REQUESTS_CONNECTIONS ?? '32');
const ENDPOINT = (process.env.PROFILE_ENDPOINT ?? 'report') as Endpoint;

async function main(): Promise<void> {
  if (!(ENDPOINT in ENDPOINT_LABELS))
    throw new Error(`PROFILE_ENDPOINT must be one of ${Object.keys(ENDPOINT_LABELS)}`);
  const profileDir = mkdtempSync(join(tmpdir(), 'qc-profile-'));
  process.env.LOAD_SERVER_CPU_PROFILE = profileDir;
  const api = await startProbedServer('real API', { env: { RATE_LIMITS: 'off', LOG_LEVEL: 'info' } });
  delete process.env.LOAD_SERVER_CPU_PROFILE;
  let measured;
  try {
    const tokens = await driverTokens(api.server.baseUrl, 32);
    const caseId = await seedCase(api.server.baseUrl, tokens[0]!);
    const options = { endpoint: ENDPOINT, connections: CONNECTIONS, tokens, caseId };
    await runPhase(api, { ...options, seconds: WARM_UP_SECONDS });
    measured = await runPhase(api, { ...options, seconds: SECONDS });
  } finally {
    await api.stop();
  }
  const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no .cpuprofile was written in ${profileDir}`);
  const profile = readProfile(join(profileDir, file));
  const window = { fromMicros: measured.before.monotonicMicros, toMicros: measured.after.monotonicMicros };
  if (window.fromMicros < profile.startTime || window.toMicros > profile.endTime) {
    throw new Error(
      `the phase (${window.fromMicros}–${window.toMicros} µs) is not inside the profile (${profile.startTime}–${profile.endTime} µs): different clocks?`,
    );
  }
  const table = attribute(profile, window);
  const latency = percentiles(measured.latenciesMs);
  console.log(
    `${ENDPOINT_LABELS[ENDPOINT]} under ${CONNECTIONS} connections for ${measured.seconds.toFixed(1)} s (after ${WARM_UP_SECONDS} s of warm-up), real API with --cpu-prof: ${measured.answered} answered (${formatNumber(measured.rate)}/s, ${measured.failures} failures), p50 ${formatNumber(latency.p50)} ms, p99 ${formatNumber(latency.p99)} ms`,
  );
  console.log(
    `server CPU (probe, every thread): ${formatNumber(measured.cpuMs / Math.max(1, measured.answered))} ms per request; main-thread busy time in the profile: ${formatNumber(table.busyMs / Math.max(1, measured.answered))} ms per request, ${table.samples} samples`,
  );
  console.log(`profile: ${join(profileDir, file)}\n`);
  console.log(sharesMarkdown(table, measured.cpuMs / Math.max(1, measured.answered)));
  console.log(`\nwhat carries each share (self time, % of busy):\n${placesMarkdown(table)}`);
  console.log(`\n"other" and "other libraries", by file or package: ${describeUnclaimed(table) || 'none'}`);
}

void main();
