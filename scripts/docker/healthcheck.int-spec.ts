import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { isHealthy } from './healthcheck';

const ROOT = join(__dirname, '..', '..');

/** A server answering every request with this status, after this long. */
async function serve(status: number, delayMs = 0): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    setTimeout(() => response.writeHead(status, { 'content-type': 'application/json' }).end('{}'), delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`, server };
}

const stop = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/** The health check as the containers run it: a process whose exit code Docker reads. */
function runCheck(url: string): Promise<number | null> {
  const child = spawn(
    process.execPath,
    ['-r', join(ROOT, 'scripts/load/register-typescript.js'), join(ROOT, 'scripts/docker/healthcheck.ts'), url],
    { stdio: 'ignore' },
  );
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

describe('the containers’ health check', () => {
  it('is healthy on a 2xx answer and unhealthy on 503 (the API’s answer when a store is down)', async () => {
    const up = await serve(200);
    const degraded = await serve(503);
    try {
      expect(await isHealthy(up.url, 2000)).toBe(true);
      expect(await isHealthy(degraded.url, 2000)).toBe(false);
    } finally {
      await Promise.all([stop(up.server), stop(degraded.server)]);
    }
  });

  it('is unhealthy when nothing listens, and when the answer does not come in time', async () => {
    const closed = await serve(200);
    await stop(closed.server);
    const stuck = await serve(200, 5000);
    try {
      expect(await isHealthy(closed.url, 2000)).toBe(false);
      expect(await isHealthy(stuck.url, 200)).toBe(false);
    } finally {
      await stop(stuck.server);
    }
  });

  it('exits 0 when healthy and 1 when not, as Docker expects of a health check command', async () => {
    const up = await serve(200);
    const degraded = await serve(503);
    try {
      expect(await Promise.all([runCheck(up.url), runCheck(degraded.url)])).toEqual([0, 1]);
    } finally {
      await Promise.all([stop(up.server), stop(degraded.server)]);
    }
  });
});
