/**
 * `npm run bench`: every compiled `*.bench.js` beside this file, one after another, each in a
 * process of its own (so one benchmark's heap and threads do not weigh on the next). A new
 * benchmark joins by being named `<name>.bench.ts` and having a `bench:<name>` script.
 * BENCH_ONLY=eventstore,photos runs a subset.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const benchmarks = readdirSync(__dirname)
  .filter((file) => file.endsWith('.bench.js'))
  .map((file) => file.slice(0, -'.bench.js'.length))
  .filter((name) => !only || only.includes(name))
  .sort();

/** Node flags a benchmark needs beyond the runner's own (keep in step with its bench:<name> script). */
const NODE_FLAGS: Record<string, string[]> = {
  replay: ['--max-old-space-size=6144', '--max-semi-space-size=64', '--expose-gc'],
};

let failures = 0;
for (const name of benchmarks) {
  const run = spawnSync(
    process.execPath,
    [...process.execArgv, ...(NODE_FLAGS[name] ?? []), join(__dirname, `${name}.bench.js`)],
    {
      stdio: 'inherit',
      env: process.env,
    },
  );
  if (run.status !== 0) {
    failures += 1;
    console.error(`benchmark ${name} exited with ${run.status ?? run.signal}`);
  }
}
process.exitCode = failures > 0 ? 1 : 0;
