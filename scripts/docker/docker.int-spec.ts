/**
 * docker/ cannot be built or started here (no Docker engine), so this checks what can be checked
 * without one: the compose file's structure, that every variable the processes read is set for
 * the services that run them (found by scanning the sources, so a variable added later fails
 * here until the compose file sets it), .env.example, the entry point's commands against the
 * build, the Dockerfile's stages, the build context, and the proxy's configuration.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { load } from 'js-yaml';
import ts from 'typescript';
import { scanProcessSources, type SourceScan } from './source-scan';

const ROOT = resolve(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Variables the code reads that cannot apply to this topology, and why. */
const NOT_IN_PRODUCTION: Record<string, string> = {
  EVENT_STORE_MAX_BYTES: 'bounds the SQLite event store file; here the events live in KurrentDB (EVENT_STORE=esdb)',
  SIMULATED_PAYOUT_DELAY_MS:
    'tunes the built-in simulated insurers, which run only with PAYMENT_GATEWAY=simulated; here insurers answer themselves',
  SIMULATED_PAYOUT_FAIL_FIRST_ATTEMPTS: 'the same: only for the simulated insurers of the embedded default',
};

/**
 * Variables the compose file sets before any code reads them: issue 7's process roles. Once the
 * code reads one, this test asks for it to be taken off the list.
 */
const SET_AHEAD_OF_THE_CODE: Record<string, string> = {};

/**
 * Reads whose variable name is computed, per file: how many such places the file has, and the
 * names they can read. A new computed read fails the test until it is described here.
 */
const COMPUTED_READS: Record<string, { sites: number; names: (source: string) => string[] }> = {
  // None today: every configuration piece takes its variables from the environment by name (ADR 26).
};

/** The one-shot tools run with the environment of a long-running service: `docker compose run --rm api-1 audit …`. */
const TOOLS: Record<string, string> = { audit: 'api', projections: 'projector' };

const ENTRYPOINT_COMMANDS = ['api', 'projector', 'relay', 'audit', 'projections'];
const STORES: Record<string, string> = { EVENTSTORE_URL: 'kurrentdb', MONGODB_URL: 'mongodb', KAFKA_BROKERS: 'kafka' };

interface Healthcheck {
  test?: string[] | string;
  disable?: boolean;
}
interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: Record<string, { condition?: string }> | string[];
  healthcheck?: Healthcheck;
  volumes?: string[];
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const composeText = read('docker/docker-compose.yml');
const compose = load(composeText) as Compose;
const services = compose.services;
const ours = Object.entries(services).filter(([, service]) => service.build !== undefined);

function environmentOf(service: Service): Record<string, string> {
  const environment = service.environment ?? {};
  if (Array.isArray(environment)) {
    return Object.fromEntries(environment.map((entry) => [entry.split('=')[0]!, entry.split('=').slice(1).join('=')]));
  }
  return Object.fromEntries(Object.entries(environment).map(([name, value]) => [name, String(value ?? '')]));
}

/** Every string in the loaded file (comments are gone by then, as when Compose interpolates). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, entry]) => [key, ...stringsOf(entry)]);
  }
  return [];
}

/** `${NAME}`, `${NAME:-default}`, `${NAME:?message}`, `$NAME`; `$$` is a literal dollar. */
function interpolations(strings: string[]): Map<string, { default?: string; required: boolean }> {
  const found = new Map<string, { default?: string; required: boolean }>();
  const text = strings.join('\n');
  for (const match of text
    .replace(/\$\$/g, '')
    .matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*)|(:?\?)[^}]*)?\}/g)) {
    found.set(match[1]!, {
      ...(match[2] !== undefined ? { default: match[3] } : {}),
      required: match[4] !== undefined,
    });
  }
  for (const match of text.replace(/\$\$/g, '').matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) {
    if (!found.has(match[1]!)) found.set(match[1]!, { required: false });
  }
  return found;
}

function dotenv(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim());
    if (match) entries.set(match[1]!, match[2]!);
  }
  return entries;
}

/** What `docker/entrypoint.sh <command> …` would run: a stand-in `node` on the PATH prints it. */
function runEntrypoint(args: string[]): {
  status: number | null;
  stderr: string;
  cwd: string;
  baseUrl: string;
  argv: string[];
} {
  const bin = mkdtempSync(join(tmpdir(), 'entrypoint-'));
  try {
    writeFileSync(join(bin, 'node'), '#!/bin/sh\nprintf "%s\\n" "$PWD" "$TS_NODE_BASEURL" "$@"\n');
    chmodSync(join(bin, 'node'), 0o755);
    const env = { PATH: `${bin}:${process.env.PATH ?? ''}` };
    const result = spawnSync('sh', [join(ROOT, 'docker/entrypoint.sh'), ...args], { env, encoding: 'utf8' });
    const [cwd = '', baseUrl = '', ...argv] = result.stdout.split('\n').slice(0, -1);
    return { status: result.status, stderr: result.stderr, cwd, baseUrl, argv };
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
}

function buildConfig(): ts.ParsedCommandLine {
  const host: ts.ParseConfigFileHost = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined };
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.build.json'), {}, host);
  if (!config) throw new Error('tsconfig.build.json cannot be read');
  return config;
}

/** Where tsc writes the JavaScript for a source file of the build, relative to the repository. */
function compiledPath(config: ts.ParsedCommandLine, source: string): string {
  const output = ts.getOutputFileNames(config, join(ROOT, source), false).find((file) => file.endsWith('.js'));
  return relative(ROOT, output ?? '')
    .split(sep)
    .join('/');
}

const entrypoint = Object.fromEntries(
  ENTRYPOINT_COMMANDS.map((command) => [command, runEntrypoint([command, '--an-argument'])]),
);
/** The source file each entry point command runs, from the compiled file it names. */
const sourceOf = (command: string) =>
  entrypoint[command]!.argv.at(-2)!
    .replace(/^dist\//, '')
    .replace(/\.js$/, '.ts');

const scans = new Map<string, SourceScan>();
function scanOf(command: string): SourceScan {
  if (!scans.has(command)) scans.set(command, scanProcessSources(ROOT, [sourceOf(command)]));
  return scans.get(command)!;
}

/** Every variable a process started by this entry point command can read, by name or computed. */
function variablesReadBy(command: string): Set<string> {
  const scan = scanOf(command);
  const names = new Set(scan.reads.map((entry) => entry.name));
  for (const file of scan.files) {
    for (const name of COMPUTED_READS[file]?.names(read(file)) ?? []) names.add(name);
  }
  return names;
}

describe('docker/docker-compose.yml', () => {
  it('runs the topology: KurrentDB, a MongoDB replica set, Kafka in KRaft mode, two APIs behind a proxy, one projector, one relay', () => {
    expect(Object.keys(services).sort()).toEqual(
      ['api-1', 'api-2', 'kafka', 'kurrentdb', 'mongodb', 'projector', 'proxy', 'relay'].sort(),
    );
    expect(services.mongodb!.command).toEqual(expect.arrayContaining(['--replSet']));
    expect(environmentOf(services.kafka!).KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(services.kafka!.image).toBe('apache/kafka:3.9.1'); // the version npm run test:infra runs against
    expect(ours.map(([name, service]) => [name, service.command?.[0]])).toEqual([
      ['api-1', 'api'],
      ['api-2', 'api'],
      ['projector', 'projector'],
      ['relay', 'relay'],
    ]);
  });

  it('pins every image to a full version, never latest', () => {
    for (const [name, service] of Object.entries(services)) {
      const image = service.image ?? '';
      const tag = /:([^:/@]+)(@sha256:[0-9a-f]{64})?$/.exec(image)?.[1] ?? '';
      expect({ service: name, image, pinned: /^\d+\.\d+\.\d+/.test(tag) }).toEqual({
        service: name,
        image,
        pinned: true,
      });
    }
  });

  it('builds api, projector and relay as one image from docker/Dockerfile, tagged with the release', () => {
    const version = (JSON.parse(read('package.json')) as { version: string }).version;
    for (const [, service] of ours) {
      expect(service.build).toEqual({ context: '..', dockerfile: 'docker/Dockerfile' });
      expect(service.image).toBe(`quickclaim:${version}`);
    }
  });

  it('gives every service a health check', () => {
    for (const [name, service] of Object.entries(services)) {
      const test = service.healthcheck?.test;
      expect({ service: name, checked: Array.isArray(test) && test.length > 1 && test[0] !== 'NONE' }).toEqual({
        service: name,
        checked: true,
      });
      expect(service.healthcheck?.disable).not.toBe(true);
    }
  });

  it('checks our processes on the port each listens on, with a script the build compiles', () => {
    const config = buildConfig();
    for (const [name, service] of ours) {
      const environment = environmentOf(service);
      const port = service.command?.[0] === 'api' ? environment.PORT : environment.HEALTH_PORT;
      const test = service.healthcheck!.test as string[];
      expect({ service: name, test }).toEqual({
        service: name,
        test: ['CMD', 'node', compiledPath(config, 'scripts/docker/healthcheck.ts'), `http://127.0.0.1:${port}/health`],
      });
    }
  });

  it('starts a service only once what it depends on is healthy, including every store it connects to', () => {
    for (const [name, service] of Object.entries(services)) {
      const dependsOn = service.depends_on ?? {};
      expect(Array.isArray(dependsOn)).toBe(false);
      for (const [dependency, { condition }] of Object.entries(dependsOn)) {
        expect({ service: name, dependency, exists: dependency in services, condition }).toEqual({
          service: name,
          dependency,
          exists: true,
          condition: 'service_healthy',
        });
      }
      const environment = environmentOf(service);
      for (const [variable, store] of Object.entries(STORES)) {
        if (!environment[variable]) continue;
        const hosts = environment[variable]!.split(',').map(
          (address) => new URL(`x://${address.replace(/^\w+:\/\//, '')}`).hostname,
        );
        expect({ service: name, variable, hosts }).toEqual({ service: name, variable, hosts: [store] });
        expect(Object.keys(dependsOn)).toContain(store);
      }
    }
  });

  it('keeps the stores on declared named volumes', () => {
    const declared = Object.keys(compose.volumes ?? {}).sort();
    const named = (service: Service) =>
      (service.volumes ?? []).map((volume) => volume.split(':')[0]!).filter((source) => !/^[./~]/.test(source));
    const used = Object.values(services).flatMap(named);
    expect([...new Set(used)].sort()).toEqual(declared);
    for (const store of ['kurrentdb', 'mongodb', 'kafka']) expect(named(services[store]!).length).toBeGreaterThan(0);
  });

  it('sets, for every process, each variable its code reads (scanned from the sources it loads)', () => {
    const problems: string[] = [];
    for (const [name, service] of ours) {
      const command = service.command![0]!;
      const tools = Object.entries(TOOLS)
        .filter(([, host]) => host === command)
        .map(([tool]) => tool);
      const set = environmentOf(service);
      for (const process of [command, ...tools]) {
        for (const variable of variablesReadBy(process)) {
          if (!(variable in set) && !(variable in NOT_IN_PRODUCTION)) {
            problems.push(`${name} does not set ${variable}, which \`${process}\` reads`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('names every computed read of the environment, so the scan misses none', () => {
    const sites = new Map<string, Set<string>>();
    for (const command of ENTRYPOINT_COMMANDS) {
      for (const read of scanOf(command).computedReads) {
        sites.set(read.file, (sites.get(read.file) ?? new Set()).add(`${read.line}: ${read.expression}`));
      }
    }
    const described = [...sites].map(([file, lines]) => ({
      file,
      sites: lines.size,
      describedSites: COMPUTED_READS[file]?.sites ?? 0,
      names: COMPUTED_READS[file]?.names(read(file)).length ?? 0,
    }));
    for (const entry of described) {
      expect(entry).toEqual({ ...entry, describedSites: entry.sites, names: expect.any(Number) });
      expect(entry.names).toBeGreaterThan(0);
    }
    expect(described.map((entry) => entry.file).sort()).toEqual(Object.keys(COMPUTED_READS).sort());
  });

  it('sets nothing that no process reads (a misspelt name would be ignored in silence)', () => {
    const readAnywhere = new Set(ENTRYPOINT_COMMANDS.flatMap((command) => [...variablesReadBy(command)]));
    const unread = ours.flatMap(([name, service]) =>
      Object.keys(environmentOf(service))
        .filter((variable) => !readAnywhere.has(variable) && !(variable in SET_AHEAD_OF_THE_CODE))
        .map((variable) => `${name}: ${variable}`),
    );
    expect(unread).toEqual([]);
    const nowRead = Object.keys(SET_AHEAD_OF_THE_CODE).filter((variable) => readAnywhere.has(variable));
    expect({ readNowSoTakeOffSetAheadOfTheCode: nowRead }).toEqual({ readNowSoTakeOffSetAheadOfTheCode: [] });
  });

  it('exempts only variables the code reads and the compose file leaves unset', () => {
    const readAnywhere = new Set(ENTRYPOINT_COMMANDS.flatMap((command) => [...variablesReadBy(command)]));
    for (const variable of Object.keys(NOT_IN_PRODUCTION)) {
      expect({ variable, read: readAnywhere.has(variable) }).toEqual({ variable, read: true });
      for (const [name, service] of ours) {
        expect({ service: name, sets: variable in environmentOf(service) }).toEqual({ service: name, sets: false });
      }
    }
  });

  it('runs the API in production mode, with tokens from an identity provider and the processes elsewhere', () => {
    for (const name of ['api-1', 'api-2']) {
      const environment = environmentOf(services[name]!);
      expect(environment).toMatchObject({
        NODE_ENV: 'production',
        EVENT_STORE: 'esdb',
        AUTH_MODE: 'jwt',
        READ_STORE: 'mongodb',
        PROJECTIONS: 'external',
        PROCESSES: 'external',
        BLOB_STORE: 'gridfs',
        PAYMENT_GATEWAY: 'none',
      });
    }
  });
});

describe('docker/.env.example', () => {
  const example = dotenv(read('docker/.env.example'));
  const interpolated = interpolations(stringsOf(compose));

  it('lists exactly the variables the compose file interpolates', () => {
    expect([...example.keys()].sort()).toEqual([...interpolated.keys()].sort());
  });

  it('gives the value the compose file falls back to (an empty one leaves the choice open), and one for every required variable', () => {
    for (const [name, { default: fallback, required }] of interpolated) {
      if (fallback) expect({ name, value: example.get(name) }).toEqual({ name, value: fallback });
      if (required) expect({ name, given: (example.get(name) ?? '') !== '' }).toEqual({ name, given: true });
    }
  });
});

describe('docker/entrypoint.sh', () => {
  const config = buildConfig();
  const dependencies = Object.keys((JSON.parse(read('package.json')) as { dependencies: object }).dependencies);

  it.each(ENTRYPOINT_COMMANDS)('`%s` runs a compiled entry point of the build, from the app folder', (command) => {
    const run = entrypoint[command]!;
    expect(run.status).toBe(0);
    expect(run.cwd).toBe(ROOT);
    expect(run.baseUrl).toBe(join(ROOT, 'dist'));
    const source = sourceOf(command);
    expect(existsSync(join(ROOT, source))).toBe(true);
    expect(config.fileNames.map((file) => relative(ROOT, file).split(sep).join('/'))).toContain(source);
    expect(run.argv.at(-2)).toBe(compiledPath(config, source));
    expect(run.argv.at(-1)).toBe('--an-argument');
    const preloaded = run.argv.flatMap((argument, index) => (run.argv[index - 1] === '-r' ? [argument] : []));
    expect(preloaded).toEqual(['tsconfig-paths/register']);
    for (const module of preloaded) expect(dependencies).toContain(module.split('/')[0]);
  });

  it('maps the long-running processes to their apps, and the tools to their command-line files', () => {
    expect(Object.fromEntries(ENTRYPOINT_COMMANDS.map((command) => [command, sourceOf(command)]))).toEqual({
      api: 'apps/api/src/main.ts',
      projector: 'apps/projector/src/main.ts',
      relay: 'apps/relay/src/main.ts',
      audit: 'apps/api/src/cli/audit.main.ts',
      projections: 'apps/projector/src/projections.main.ts',
    });
  });

  it('refuses an unknown or missing command with its usage and exit code 2', () => {
    for (const args of [['serve'], []]) {
      const run = runEntrypoint(args);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('usage: entrypoint.sh api|projector|relay|audit|projections');
    }
  });

  it('starts processes that load only production dependencies', () => {
    for (const command of ENTRYPOINT_COMMANDS) {
      const missing = scanOf(command)
        .packages.filter(({ name }) => !dependencies.includes(name))
        .map(({ name, file }) => `${name} (${file})`);
      expect({ command, missing }).toEqual({ command, missing: [] });
    }
  });
});

interface Instruction {
  keyword: string;
  value: string;
}
interface Stage {
  image: string;
  name: string;
  instructions: Instruction[];
}

function stagesOf(dockerfile: string): Stage[] {
  const stages: Stage[] = [];
  const logical = dockerfile
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((line) => line.trim() !== '');
  for (const line of logical) {
    const [, keyword = '', value = ''] = /^\s*(\w+)\s+(.*)$/.exec(line) ?? [];
    if (keyword.toUpperCase() === 'FROM') {
      const [image = '', , name = ''] = value.trim().split(/\s+/);
      stages.push({ image, name, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push({ keyword: keyword.toUpperCase(), value: value.trim() });
    }
  }
  return stages;
}

describe('docker/Dockerfile', () => {
  const stages = stagesOf(read('docker/Dockerfile'));
  const build = stages[0]!;
  const runtime = stages.at(-1)!;
  const runs = (stage: Stage) =>
    stage.instructions.filter((entry) => entry.keyword === 'RUN').map((entry) => entry.value);
  const copies = (stage: Stage) =>
    stage.instructions.filter((entry) => entry.keyword === 'COPY').map((entry) => entry.value);

  it('builds in one stage and runs on Node slim in another, same Node and Debian release, pinned', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const [, buildVersion, buildDistro] = /^node:(\d+\.\d+\.\d+)-(\w+)$/.exec(build.image) ?? [];
    const [, runtimeVersion, runtimeDistro] = /^node:(\d+\.\d+\.\d+)-(\w+)-slim$/.exec(runtime.image) ?? [];
    expect(buildVersion).toMatch(/^22\./);
    expect({ runtimeVersion, runtimeDistro }).toEqual({ runtimeVersion: buildVersion, runtimeDistro: buildDistro });
  });

  it('installs with dev dependencies, builds, then prunes them', () => {
    const commands = runs(build).join(' && ');
    const order = ['npm ci', 'npm run build', 'npm prune --omit=dev'].map((command) => commands.indexOf(command));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('copies into the build what the TypeScript build includes', () => {
    const copied = copies(build).flatMap((value) => value.split(/\s+/).slice(0, -1));
    const roots = new Set(buildConfig().fileNames.map((file) => relative(ROOT, file).split(sep)[0]!));
    for (const needed of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', ...roots]) {
      expect(copied).toContain(needed);
    }
  });

  it('ships dist, production node_modules, package.json, tsconfig.json (for the path aliases) and the entry point, as a user other than root', () => {
    const fromBuild = copies(runtime)
      .filter((value) => value.startsWith(`--from=${build.name} `))
      .flatMap((value) => value.split(/\s+/).slice(1, -1));
    expect(fromBuild.sort()).toEqual(['/app/dist', '/app/node_modules', '/app/package.json', '/app/tsconfig.json']);
    expect(copies(runtime).some((value) => /docker\/entrypoint\.sh \.\/docker\/entrypoint\.sh$/.test(value))).toBe(
      true,
    );
    const entry = runtime.instructions.find((entry) => entry.keyword === 'ENTRYPOINT')?.value;
    expect(JSON.parse(entry ?? '[]')).toEqual(['/app/docker/entrypoint.sh']);
    const user = runtime.instructions.filter((entry) => entry.keyword === 'USER').at(-1)?.value;
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    expect(runtime.instructions.find((entry) => entry.keyword === 'WORKDIR')?.value).toBe('/app');
  });

  it('installs no build tools in the runtime stage', () => {
    expect(
      runs(runtime).filter((command) => /apt-get|apk |npm (ci|install)|gcc|g\+\+|make|python/.test(command)),
    ).toEqual([]);
  });
});

/** Docker's rule: the last pattern matching the path, or a folder above it, decides. */
function isIgnored(patterns: string[], path: string): boolean {
  const parts = path.split('/');
  const candidates = parts.map((_, index) => parts.slice(0, index + 1).join('/'));
  let ignored = false;
  for (const raw of patterns) {
    const negated = raw.startsWith('!');
    const pattern = (negated ? raw.slice(1) : raw).replace(/^\/+|\/+$/g, '');
    const expression = new RegExp(
      `^${pattern
        .split('**/')
        .map((piece) =>
          piece
            .split('**')
            .map((part) =>
              part
                .replace(/[.+^${}()|[\]\\]/g, '\\$&')
                .replace(/\*/g, '[^/]*')
                .replace(/\?/g, '[^/]'),
            )
            .join('.*'),
        )
        .join('(?:.*/)?')}$`,
    );
    if (candidates.some((candidate) => expression.test(candidate))) ignored = !negated;
  }
  return ignored;
}

function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

describe('.dockerignore', () => {
  const patterns = read('.dockerignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));

  it('sends the build every file it compiles and bundles, and the entry point', () => {
    const needed = [
      ...buildConfig().fileNames.map((file) => relative(ROOT, file).split(sep).join('/')),
      ...filesUnder('apps/web/src').filter((path) => !/\.spec\.tsx?$/.test(path)),
      'apps/web/index.html',
      'apps/web/vite.config.ts',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'tsconfig.build.json',
      'docker/entrypoint.sh',
    ];
    expect(needed.filter((path) => isIgnored(patterns, path))).toEqual([]);
  });

  it('keeps out installed modules, builds, data, git, caches and the deployment settings', () => {
    const kept = [
      'node_modules/typescript/package.json',
      'apps/web/node_modules/x',
      'dist/apps/api/src/main.js',
      'data/events.sqlite',
      '.git/HEAD',
      '.infra-cache/kafka/lib/kafka.jar',
      'docker/.env',
      '.env',
    ].filter((path) => !isIgnored(patterns, path));
    expect(kept).toEqual([]);
  });
});

describe('docker/nginx.conf', () => {
  const conf = read('docker/nginx.conf');

  it('is the configuration the proxy service mounts', () => {
    expect(services.proxy!.volumes).toContain('./nginx.conf:/etc/nginx/nginx.conf:ro');
  });

  it('balances over exactly the API services, on the port each listens on', () => {
    const upstream = /upstream\s+quickclaim_api\s*\{([^}]*)\}/.exec(conf)?.[1] ?? '';
    const servers = [...upstream.matchAll(/^\s*server\s+([^\s;]+)/gm)].map((match) => match[1]).sort();
    const apis = Object.entries(services)
      .filter(([, service]) => service.command?.[0] === 'api')
      .map(([name, service]) => `${name}:${environmentOf(service).PORT}`)
      .sort();
    expect(servers).toEqual(apis);
  });

  it('passes the live streams through unbuffered', () => {
    const streams = [...conf.matchAll(/location\s+~\s+(\S+)\s*\{([^}]*)\}/g)].filter(([, , body]) =>
      /proxy_buffering\s+off;/.test(body ?? ''),
    );
    for (const path of ['/cases/5b1f0e2c-0000-4000-8000-000000000000/stream', '/desk/queue/stream']) {
      expect({ path, unbuffered: streams.some(([, pattern]) => new RegExp(pattern!).test(path)) }).toEqual({
        path,
        unbuffered: true,
      });
    }
  });

  it('lets through the largest upload the API accepts', () => {
    const [, size = '0', unit = ''] = /client_max_body_size\s+(\d+)([kmg]?);/i.exec(conf) ?? [];
    const bytes = Number(size) * ({ '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit.toLowerCase()] ?? 0);
    const largestUpload = Number(dotenv(read('docker/.env.example')).get('MAX_UPLOAD_BYTES'));
    expect(largestUpload).toBeGreaterThan(0);
    expect(bytes).toBeGreaterThan(largestUpload);
  });
});
