/**
 * Preloaded into a server a benchmark starts (NODE_OPTIONS=--require …/cpu-probe.js), so the
 * benchmark reads the server's own CPU time rather than guessing it from the load generator:
 * a second, tiny HTTP listener on a loopback port of its own answers GET /cpu with
 * process.cpuUsage() (user + system of every thread: the event loop, libuv's pool doing
 * fdatasync, V8's helpers) and the server's monotonic clock, which is also the clock of a
 * `--cpu-prof` profile, so a profile can be cut to the phase measured.
 *
 * The server's own code is untouched: the probe announces its port on stderr, where
 * scripts/load/server-process.ts already collects the server's output.
 */
import { createServer } from 'node:http';
import { isMainThread } from 'node:worker_threads';
import { probeAnnouncement, type CpuReading } from './cpu-reading';

if (isMainThread) {
  const probe = createServer((request, response) => {
    if (request.url !== '/cpu') {
      response.writeHead(404).end();
      return;
    }
    const usage = process.cpuUsage();
    const reading: CpuReading = {
      userMicros: usage.user,
      systemMicros: usage.system,
      monotonicMicros: Number(process.hrtime.bigint() / 1000n),
    };
    response.writeHead(200, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify(reading));
  });
  probe.listen(0, '127.0.0.1', () => {
    const address = probe.address();
    if (address && typeof address === 'object') {
      process.stderr.write(`${probeAnnouncement(address.port)}\n`);
    }
  });
  // The probe must never be what keeps a server alive after it was asked to stop.
  probe.unref();
}
