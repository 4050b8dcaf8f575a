/**
 * The embedded server as a child process on a free loopback port: started, watched for its peak
 * memory, stopped gracefully or killed with SIGKILL (the crash tests).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface ServerProcess {
  baseUrl: string;
  pid: number;
  /** Resident memory now and at its peak (VmHWM), in bytes; undefined where /proc is missing. */
  memory(): { rssBytes?: number; peakRssBytes?: number };
  /** CPU time the server used so far (user + system, all threads), in seconds; NaN where /proc is missing. */
  cpuSeconds(): number;
  /** Everything the server wrote to stdout and stderr so far (for a failing test's message). */
  output(): string;
  /** SIGTERM, and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL: no shutdown hook runs, exactly as a power cut for the process. */
  kill(): Promise<void>;
}

export interface StartOptions {
  /** How to run the server: `compiled` runs dist/ (after `npm run build`), `source` runs the TypeScript. */
  mode: 'compiled' | 'source';
  dataDir: string;
  env?: Record<string, string>;
  startTimeoutMs?: number;
  /**
   * Another compiled server to run instead of the API (a benchmark's floor app), relative to the
   * repository; it must print `listening on http://localhost:<port>` like the API does.
   */
  entry?: string;
}

const REPOSITORY = resolve(__dirname, '..', '..', ...(__dirname.includes(`${join('dist', 'scripts')}`) ? ['..'] : []));

export async function startServerProcess(options: StartOptions): Promise<ServerProcess> {
  const profile = process.env.LOAD_SERVER_CPU_PROFILE
    ? [`--cpu-prof`, `--cpu-prof-dir=${process.env.LOAD_SERVER_CPU_PROFILE}`]
    : [];
  const args =
    options.mode === 'compiled'
      ? [...profile, '-r', 'tsconfig-paths/register', join(REPOSITORY, options.entry ?? 'dist/apps/api/src/main.js')]
      : [
          '-r',
          join(REPOSITORY, 'scripts', 'load', 'register-typescript.js'),
          join(REPOSITORY, 'apps', 'api', 'src', 'main.ts'),
        ];
  const child = spawn(process.execPath, args, {
    cwd: REPOSITORY,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NO_COLOR: '1',
      TS_NODE_BASEURL: options.mode === 'compiled' ? './dist' : '.',
      PORT: '0',
      DATA_DIR: options.dataDir,
      DEADLINE_SWEEP_MS: '0',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The server did not start in time:\n${output}`)),
      options.startTimeoutMs ?? 60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePort(Number(match[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    memory: () => memoryOf(child),
    cpuSeconds: () => cpuOf(child),
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

function memoryOf(child: ChildProcess): { rssBytes?: number; peakRssBytes?: number } {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kilobytes = (field: string) => {
      const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
      return match ? Number(match[1]) * 1024 : undefined;
    };
    const rssBytes = kilobytes('VmRSS');
    const peakRssBytes = kilobytes('VmHWM');
    return { ...(rssBytes !== undefined ? { rssBytes } : {}), ...(peakRssBytes !== undefined ? { peakRssBytes } : {}) };
  } catch {
    return {};
  }
}

function cpuOf(child: ChildProcess): number {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, after the parenthesised command name.
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const ticksPerSecond = 100;
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return Number.NaN;
  }
}
