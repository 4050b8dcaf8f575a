/**
 * Where a server's CPU went, from a V8 CPU profile (`node --cpu-prof`, a `.cpuprofile` file):
 * each sample's self time is given to a named share by its call stack. From the sampled frame
 * upwards, the first frame whose source path names a share claims the sample; frames of generic
 * code (Node's own modules, better-sqlite3, V8 built-ins such as JSON.stringify) pass it on to
 * their caller, so SQLite work of the idempotency store counts as idempotency and JSON written by
 * the logger as logging, and only keep a fallback share for when no caller claims it.
 *
 * The rules match folders, not file names (`/auth/`, `/event-store/`, `node_modules/zod/`), so
 * they survive files being moved inside them; `describeUnclaimed` lists the files behind "other"
 * for when they do not.
 */
import { readFileSync } from 'node:fs';

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

/** The JSON of a `.cpuprofile` file (the DevTools protocol's Profiler.Profile). */
export interface CpuProfile {
  nodes: ProfileNode[];
  /** Microseconds, on the process's monotonic clock (process.hrtime). */
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export const SHARES = [
  'framework (@nestjs, express/fastify, body parsing, helmet, rxjs)',
  'validation (zod, pipes)',
  'policy (authentication, authorisation, rate limits)',
  'logging',
  'metrics (prom-client, request metrics)',
  'idempotency',
  'event store (read + append, better-sqlite3)',
  'hashing (hash chain, crypto)',
  'projections (runner, read models, read store)',
  'process managers, relay, message bus',
  'domain (decide, evolve)',
  'application (controllers, gateways, handlers, middleware)',
  'node HTTP and sockets',
  'node core (timers, streams, async hooks, other)',
  'garbage collection',
  'V8 and native, outside JavaScript ("(program)")',
  'other libraries',
  'other',
  'waiting (idle)',
] as const;

export type Share = (typeof SHARES)[number];

type Verdict = { claims: Share } | { fallback: Share } | 'transparent';

interface Rule {
  test: RegExp;
  verdict: Verdict;
}

const claim = (share: Share, test: RegExp): Rule => ({ test, verdict: { claims: share } });
const fallback = (share: Share, test: RegExp): Rule => ({ test, verdict: { fallback: share } });

/** Tried in order on a frame's URL; the first match decides what the frame does. */
const RULES: Rule[] = [
  claim('logging', /\/logging\/|node_modules\/(pino|pino-http|nestjs-pino|sonic-boom|thread-stream)\//),
  claim('logging', /node_modules\/@nestjs\/common\/services\/(logger|console-logger)\.service/),
  claim('metrics (prom-client, request metrics)', /node_modules\/prom-client\/|\/ops\/[^/]*metrics|\/metrics\//),
  claim('idempotency', /\/idempotency\/|\/[^/]*idempotency[^/]*$/),
  claim(
    'policy (authentication, authorisation, rate limits)',
    /\/auth\/|node_modules\/(jose|rate-limiter-flexible)\/|\/rate-limit/,
  ),
  claim('validation (zod, pipes)', /node_modules\/zod\/|\/validation\.|\.pipe\.js|\/pipes\//),
  claim('hashing (hash chain, crypto)', /\/hash-chain\./),
  claim(
    'event store (read + append, better-sqlite3)',
    /\/event-store\/|\/[^/]*event-store[^/]*$|\/sqlite\.read-ahead\./,
  ),
  claim(
    'projections (runner, read models, read store)',
    /\/(projections?|read-store|read-side|read-models?)\/|node_modules\/mingo\//,
  ),
  claim('process managers, relay, message bus', /\/(processes|message-bus|integration|checkpoints)\//),
  claim('domain (decide, evolve)', /\/domain\//),
  claim(
    'framework (@nestjs, express/fastify, body parsing, helmet, rxjs)',
    /node_modules\/(@nestjs|express|router|body-parser|raw-body|fastify|@fastify|find-my-way|avvio|light-my-request|helmet|rxjs|finalhandler|send|qs|type-is|content-type|iconv-lite|on-finished|path-to-regexp|mime-types|mime-db|accepts|negotiator|proxy-addr|forwarded|etag|fresh|cookie|vary|parseurl|encodeurl|escape-html|statuses|http-errors|media-typer|bytes|unpipe|ee-first|depd|merge-descriptors|setprototypeof|safe-buffer|fast-json-stringify|fast-querystring|secure-json-parse|reflect-metadata|iterare|tslib|uid|@lukeed|path-is-absolute|load-esm|file-type)\//,
  ),
  claim('application (controllers, gateways, handlers, middleware)', /\/(apps|libs)\/[^/]+\/src\//),
  fallback('event store (read + append, better-sqlite3)', /node_modules\/better-sqlite3\//),
  claim('other libraries', /node_modules\//),
  fallback('hashing (hash chain, crypto)', /^node:(internal\/)?crypto/),
  fallback(
    'node HTTP and sockets',
    /^node:(_http_\w+|http|https|net|internal\/http|internal\/stream_base_commons|internal\/net|internal\/js_stream_socket|dns)/,
  ),
  fallback('node core (timers, streams, async hooks, other)', /^node:/),
];

function verdictOf(frame: CallFrame): Verdict {
  if (frame.url === '') return 'transparent';
  const url = frame.url.replace(/\\/g, '/');
  for (const rule of RULES) if (rule.test.test(url)) return rule.verdict;
  return { fallback: 'other' };
}

const SPECIAL_NODES: Record<string, Share> = {
  '(idle)': 'waiting (idle)',
  '(garbage collector)': 'garbage collection',
  '(program)': 'V8 and native, outside JavaScript ("(program)")',
  '(root)': 'other',
};

export interface ShareTable {
  /** Milliseconds of samples per share within the window. */
  ms: Map<Share, number>;
  totalMs: number;
  busyMs: number;
  samples: number;
  /** The "other" and "other libraries" shares by the file (or package) of the frame that was sampled. */
  unclaimed: Map<string, number>;
  /** Per share, self time by sampled function (file and name), for the evidence behind a share. */
  places: Map<Share, Map<string, number>>;
}

/**
 * Attributes the samples taken between `fromMicros` and `toMicros` (the profile's clock, which is
 * process.hrtime in the profiled process), or all of them.
 */
export function attribute(profile: CpuProfile, window?: { fromMicros: number; toMicros: number }): ShareTable {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const shareOfNode = new Map<number, Share>();
  const shareOf = (id: number): Share => {
    const known = shareOfNode.get(id);
    if (known) return known;
    const node = byId.get(id)!;
    let share: Share | undefined = SPECIAL_NODES[node.callFrame.functionName];
    if (!share) {
      let fallbackShare: Share | undefined;
      for (let current: number | undefined = id; current !== undefined; current = parentOf.get(current)) {
        const frame = byId.get(current)!.callFrame;
        const verdict = verdictOf(frame);
        if (verdict === 'transparent') continue;
        if ('claims' in verdict) {
          share = verdict.claims;
          break;
        }
        fallbackShare ??= verdict.fallback;
      }
      share ??= fallbackShare ?? 'other';
    }
    shareOfNode.set(id, share);
    return share;
  };
  /** The sampled function, named by the first frame with a source file (a built-in is named after it). */
  const placeOf = (id: number): string => {
    const sampled = byId.get(id)!.callFrame;
    for (let current: number | undefined = id; current !== undefined; current = parentOf.get(current)) {
      const frame = byId.get(current)!.callFrame;
      if (frame.url === '') continue;
      const file = frame.url
        .replace(/^.*node_modules\//, '')
        .replace(/^.*\/dist\//, '')
        .replace(/^file:\/\//, '');
      const name = `${file} ${frame.functionName || '(anonymous)'}`;
      return sampled.url === '' && current !== id ? `${name} → ${sampled.functionName || '(native)'}` : name;
    }
    return sampled.functionName || '(native)';
  };

  const ms = new Map<Share, number>(SHARES.map((share) => [share, 0]));
  const unclaimed = new Map<string, number>();
  const places = new Map<Share, Map<string, number>>();
  let totalMs = 0;
  let samples = 0;
  // Sample i stands for the time until sample i + 1 (as DevTools counts self time).
  let time = profile.startTime;
  const times = profile.timeDeltas.map((delta) => (time += delta));
  for (let index = 0; index < profile.samples.length - 1; index += 1) {
    const at = times[index]!;
    if (window && (at < window.fromMicros || at >= window.toMicros)) continue;
    const durationMs = (times[index + 1]! - at) / 1000;
    const share = shareOf(profile.samples[index]!);
    ms.set(share, ms.get(share)! + durationMs);
    totalMs += durationMs;
    samples += 1;
    const place = placeOf(profile.samples[index]!);
    const inShare = places.get(share) ?? new Map<string, number>();
    inShare.set(place, (inShare.get(place) ?? 0) + durationMs);
    places.set(share, inShare);
    if (share === 'other' || share === 'other libraries') {
      const url = byId.get(profile.samples[index]!)!.callFrame.url;
      const where = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url || '(native)');
      unclaimed.set(where, (unclaimed.get(where) ?? 0) + durationMs);
    }
  }
  return { ms, totalMs, busyMs: totalMs - ms.get('waiting (idle)')!, samples, unclaimed, places };
}

/**
 * The table as markdown: ms, % of the busy time, % of all. With `cpuMsPerRequest` (the server's
 * CPU per request from its own cpuUsage), each share's part of it: a profile counts wall-clock
 * time while the thread runs, which a busy machine stretches, so its percentages carry over and
 * its milliseconds do not.
 */
export function sharesMarkdown(table: ShareTable, cpuMsPerRequest?: number): string {
  const withCpu = cpuMsPerRequest !== undefined;
  const header = withCpu
    ? ['| share | ms sampled | % of busy | % of all | ≈ CPU ms per request |', '|---|---|---|---|---|']
    : ['| share | ms sampled | % of busy | % of all |', '|---|---|---|---|'];
  const rows = SHARES.filter((share) => table.ms.get(share)! > 0)
    .sort((a, b) => (a === 'waiting (idle)' ? 1 : b === 'waiting (idle)' ? -1 : table.ms.get(b)! - table.ms.get(a)!))
    .map((share) => {
      const value = table.ms.get(share)!;
      const idle = share === 'waiting (idle)';
      const cells = [
        share,
        value.toFixed(0),
        idle ? '' : `${((100 * value) / table.busyMs).toFixed(1)} %`,
        `${((100 * value) / table.totalMs).toFixed(1)} %`,
      ];
      if (withCpu) cells.push(idle ? '' : ((value / table.busyMs) * cpuMsPerRequest).toFixed(3));
      return `| ${cells.join(' | ')} |`;
    });
  const busyCells = ['**busy (all but waiting)**', table.busyMs.toFixed(0), '100 %', ''];
  if (withCpu) busyCells.push(cpuMsPerRequest.toFixed(3));
  return [...header, ...rows, `| ${busyCells.join(' | ')} |`].join('\n');
}

/** The functions that carry each share, `top` per share, as markdown list items. */
export function placesMarkdown(table: ShareTable, top = 4): string {
  return SHARES.filter((share) => share !== 'waiting (idle)' && (table.places.get(share)?.size ?? 0) > 0)
    .map((share) => {
      const entries = [...table.places.get(share)!.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
      const list = entries
        .map(([place, value]) => `${place} ${((100 * value) / table.busyMs).toFixed(1)} %`)
        .join('; ');
      return `- ${share}: ${list}`;
    })
    .join('\n');
}

export function describeUnclaimed(table: ShareTable, top = 8): string {
  return [...table.unclaimed.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([where, value]) => `${where} ${value.toFixed(0)} ms`)
    .join(', ');
}

export function readProfile(path: string): CpuProfile {
  return JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
}

// `node dist/scripts/bench/cpu-profile-shares.js some.cpuprofile`: the shares of a whole profile.
if (require.main === module) {
  const path = process.argv[2];
  if (!path) {
    console.error('usage: node dist/scripts/bench/cpu-profile-shares.js <file.cpuprofile>');
    process.exit(2);
  }
  const table = attribute(readProfile(path));
  console.log(sharesMarkdown(table));
  console.log(`\n${placesMarkdown(table)}`);
  console.log(`\nother, by file or package: ${describeUnclaimed(table)}`);
}
