/**
 * The containers' health check: `node dist/scripts/docker/healthcheck.js <url>` exits 0 when the
 * URL answers 2xx within the time limit, 1 otherwise. The runtime image is Node on Debian slim,
 * with neither curl nor wget, and Node's own fetch needs nothing installed.
 */
import { parseArgs } from 'node:util';

export async function isHealthy(url: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
    // Read the body so the connection closes cleanly before the process exits.
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

const DEFAULT_TIMEOUT_MS = 4000;

async function main(args: string[]): Promise<number> {
  let positionals: string[];
  try {
    ({ positionals } = parseArgs({ args, allowPositionals: true, options: {} }));
  } catch {
    positionals = []; // an option this command does not have
  }
  const [url, timeout, ...extra] = positionals;
  const timeoutMs = timeout === undefined ? DEFAULT_TIMEOUT_MS : Number(timeout);
  if (!url || extra.length > 0 || !Number.isSafeInteger(timeoutMs) || timeoutMs < 1) {
    process.stderr.write('usage: healthcheck <url> [timeout ms]\n');
    return 2;
  }
  const healthy = await isHealthy(url, timeoutMs);
  if (!healthy) process.stderr.write(`unhealthy: ${url}\n`);
  return healthy ? 0 : 1;
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
