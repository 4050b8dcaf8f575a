/**
 * Appends side by side with a peer: our SqliteEventStore against Emmett's SQLite event store
 * (@event-driven-io/emmett-sqlite, on the sqlite3 package), one writer and 32 concurrent writers,
 * the same event (data and metadata) to rotating streams with an expected revision, each append
 * awaited until its store acknowledges it. Durability is compared as set, and printed from the
 * same run: both use WAL; Emmett leaves synchronous at the sqlite3 build's default (FULL: the WAL
 * is synced at every commit); ours commits a lone append with FULL and a group with NORMAL
 * followed by its own fdatasync of the WAL before any append of the group is acknowledged
 * (ADR 0018), which is as durable.
 *
 * Emmett is measured as its documentation uses it (getSQLiteEventStore({ fileName }), which opens
 * and closes a connection around every call) and, as the kindest reading, through its exported
 * appendToStream on one long-lived connection. Emmett 0.38 has no way to take concurrent appends
 * to one file: its store shares one connection and one transaction counter between calls, so 32
 * concurrent calls interleave their transactions; that attempt is run once, bounded, and what it
 * did is reported; the 32-writer figures queue the writers' appends one at a time, as an
 * application on this version must.
 * Measures alternate in rounds. Bounded: PEER_SECONDS per measure, split over the rounds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { SqliteEventStore } from '@quickclaim/platform/sqlite';
import { photoAttached } from './append-payload';
import { Benchmark, elapsedMs } from './bench-kit';

/**
 * The peer is not a dependency of the project (its sqlite3 is a native build every `npm ci` would
 * pay for): the first run installs these exact versions into `.bench-peer/` at the root of the
 * repository (ignored by git), later runs reuse them.
 */
const PEER_FOLDER = resolve(__dirname, '..', '..', '..', '.bench-peer');
const PEER_PACKAGES = ['@event-driven-io/emmett@0.38.5', '@event-driven-io/emmett-sqlite@0.38.5', 'sqlite3@5.1.7'];

/** The part of Emmett's SQLite API the benchmark calls (its types live in the on-demand install). */
type SQLiteConnection = { close(): void };
interface EmmettEvent {
  type: string;
  data: Record<string, unknown>;
  metadata: object;
}
interface EmmettSqlite {
  getSQLiteEventStore(options: { fileName: string }): {
    appendToStream(
      streamId: string,
      events: EmmettEvent[],
      options?: { expectedStreamVersion: bigint },
    ): Promise<{ nextExpectedStreamVersion: bigint }>;
  };
  sqliteConnection(options: { fileName: string }): SQLiteConnection;
  createEventStoreSchema(connection: SQLiteConnection): Promise<void>;
  appendToStream(
    connection: SQLiteConnection,
    streamId: string,
    streamType: string,
    events: EmmettEvent[],
    options: { expectedStreamVersion: bigint },
  ): Promise<{ success: boolean; nextStreamPosition: bigint }>;
}
interface Sqlite3Database {
  get(sql: string, callback: (error: Error | null, row: Record<string, string | number>) => void): void;
  close(callback: () => void): void;
}
interface Sqlite3 {
  Database: new (file: string) => Sqlite3Database;
}

/** Requires from the peer's folder, installing it there first if it is not yet. */
function peerRequire(): NodeJS.Require {
  const fromPeer = createRequire(join(PEER_FOLDER, 'package.json'));
  const installed = () =>
    PEER_PACKAGES.every((spec) =>
      existsSync(join(PEER_FOLDER, 'node_modules', spec.slice(0, spec.lastIndexOf('@')), 'package.json')),
    );
  if (!installed()) {
    console.log(`bench:peer: installing ${PEER_PACKAGES.join(' ')} into ${PEER_FOLDER} (once)`);
    const install = spawnSync(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', PEER_FOLDER, ...PEER_PACKAGES],
      { stdio: 'inherit' },
    );
    if (install.status !== 0 || !installed()) throw new Error(`could not install the peer into ${PEER_FOLDER}`);
  }
  return fromPeer;
}

const fromPeer = peerRequire();
const { appendToStream, createEventStoreSchema, getSQLiteEventStore, sqliteConnection } = fromPeer(
  '@event-driven-io/emmett-sqlite',
) as EmmettSqlite;
const sqlite3 = fromPeer('sqlite3') as Sqlite3;

const SECONDS = Number(process.env.PEER_SECONDS ?? '4');
const ROUNDS = 2;
const STREAMS = 100;
const WRITERS = 32;
/** An append of the documented concurrent attempt that has not settled by then counts as hung. */
const HUNG_AFTER_MS = 3000;

/** One store under test: appends one event to a stream at an expected revision (-1: none yet). */
interface Appender {
  append(streamId: string, expected: number, index: number): Promise<number>;
  close(): Promise<void>;
}

function scratch(): { file: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'qc-peer-'));
  return { file: join(dir, 'events.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function ours(file: string): Appender {
  const store = new SqliteEventStore(file);
  return {
    append: async (streamId, expected, index) =>
      (
        await store.append(streamId, [photoAttached(index)], {
          expectedRevision: expected < 0 ? 'no_stream' : expected,
        })
      ).nextExpectedRevision,
    close: () => store.close(),
  };
}

/** Emmett's event as ours: the same data and metadata; Emmett adds its own ids to the metadata. */
function emmettEvent(index: number) {
  const event = photoAttached(index);
  return { type: event.type, data: event.data, metadata: event.metadata };
}

/** Emmett as documented: getSQLiteEventStore({ fileName }). Its versions count from 1; ours from 0. */
function emmettStore(file: string): Appender {
  const store = getSQLiteEventStore({ fileName: file });
  return {
    append: async (streamId, expected, index) => {
      const result = await store.appendToStream(streamId, [emmettEvent(index)], {
        expectedStreamVersion: BigInt(expected + 1),
      });
      return Number(result.nextExpectedStreamVersion) - 1;
    },
    close: async () => undefined,
  };
}

/** Emmett's own appendToStream on one connection kept open (no open and close around each append). */
function emmettConnection(file: string): Appender {
  let connection: SQLiteConnection | undefined;
  return {
    append: async (streamId, expected, index) => {
      if (!connection) {
        connection = sqliteConnection({ fileName: file });
        await createEventStoreSchema(connection);
      }
      const result = await appendToStream(connection, streamId, 'case', [emmettEvent(index)], {
        expectedStreamVersion: BigInt(expected + 1),
      });
      if (!result.success) throw new Error(`emmett refused the append to ${streamId} at ${expected + 1}`);
      return Number(result.nextStreamPosition) - 1;
    },
    close: async () => connection?.close(),
  };
}

/** One writer at a time: each append waits for the one before (Emmett 0.38 cannot overlap them). */
function queued(appender: Appender): Appender {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    append: (streamId, expected, index) => {
      const next = tail.then(() => appender.append(streamId, expected, index));
      tail = next.catch(() => undefined);
      return next;
    },
    close: () => appender.close(),
  };
}

interface Outcome {
  rate: number;
  appended: number;
  failed: number;
  hung: number;
  errors: Map<string, number>;
}

/** `writers` writers, each on streams of its own, each awaiting its acknowledgement, until the deadline. */
async function run(make: (file: string) => Appender, writers: number, seconds: number, bounded = false) {
  const folder = scratch();
  const appender = make(folder.file);
  const outcome: Outcome = { rate: 0, appended: 0, failed: 0, hung: 0, errors: new Map() };
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(seconds * 1e9));
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      const streams = Array.from({ length: Math.max(1, STREAMS / writers) }, (_, index) => ({
        id: `case-w${writer}-${index}`,
        revision: -1,
      }));
      for (let iteration = 0; process.hrtime.bigint() < deadline; iteration += 1) {
        const stream = streams[iteration % streams.length]!;
        const append = appender.append(stream.id, stream.revision, iteration);
        try {
          stream.revision = bounded ? await settleWithin(append, HUNG_AFTER_MS) : await append;
          outcome.appended += 1;
        } catch (error) {
          if (error === HUNG) {
            outcome.hung += 1;
            return;
          }
          outcome.failed += 1;
          const name = error instanceof Error ? error.message.split(':').slice(0, 2).join(':') : String(error);
          outcome.errors.set(name, (outcome.errors.get(name) ?? 0) + 1);
          // The stream's revision is unknown after a failure: the writer moves to a new stream.
          stream.id = `${stream.id}-${iteration}`;
          stream.revision = -1;
        }
      }
    }),
  );
  outcome.rate = outcome.appended / (elapsedMs(started) / 1000);
  if (outcome.hung === 0) {
    await appender.close();
    folder.remove();
  }
  return outcome;
}

const HUNG = Symbol('hung');

function settleWithin<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(HUNG), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

interface Measured {
  rate: number;
  appended: number;
  failed: number;
  errors: Map<string, number>;
}

/** Rates averaged over the rounds; failures added up (ours must have none). */
async function alternate(measures: (() => Promise<Outcome>)[], rounds: number): Promise<Measured[]> {
  const totals: Measured[] = measures.map(() => ({ rate: 0, appended: 0, failed: 0, errors: new Map() }));
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, measure] of measures.entries()) {
      const outcome = await measure();
      const total = totals[index]!;
      total.rate += outcome.rate / rounds;
      total.appended += outcome.appended;
      total.failed += outcome.failed + outcome.hung;
      for (const [name, count] of outcome.errors) total.errors.set(name, (total.errors.get(name) ?? 0) + count);
    }
  }
  return totals;
}

function failures(measured: Measured): string | undefined {
  if (measured.failed === 0) return undefined;
  const errors = [...measured.errors.entries()].map(([name, count]) => `${count} × ${name}`).join(', ');
  return `${measured.failed} of ${measured.failed + measured.appended} appends failed (${errors}); the rate counts acknowledged appends only`;
}

function assertNoFailures(measured: Measured, what: string): void {
  const text = failures(measured);
  if (text) throw new Error(`${what}: ${text}`);
}

/** What sqlite3 (Emmett's driver) runs with on a file Emmett created: journal mode and synchronous. */
async function emmettSettings(): Promise<{ journalMode: string; synchronous: number; sqlite: string }> {
  const folder = scratch();
  await getSQLiteEventStore({ fileName: folder.file }).appendToStream('settings-1', [emmettEvent(0)]);
  const db = new sqlite3.Database(folder.file);
  const get = (sql: string) =>
    new Promise<Record<string, string | number>>((resolve, reject) =>
      db.get(sql, (error: Error | null, row: Record<string, string | number>) =>
        error ? reject(error) : resolve(row),
      ),
    );
  const journalMode = String((await get('PRAGMA journal_mode')).journal_mode);
  const synchronous = Number((await get('PRAGMA synchronous')).synchronous);
  const sqlite = String((await get('SELECT sqlite_version() AS version')).version);
  await new Promise<void>((resolve) => db.close(resolve));
  folder.remove();
  return { journalMode, synchronous, sqlite };
}

function versionOf(pkg: string, from: NodeJS.Require = require): string {
  const main = from.resolve(pkg);
  let folder = dirname(main);
  while (!folder.endsWith(join('node_modules', ...pkg.split('/')))) folder = dirname(folder);
  return (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version;
}

const SYNCHRONOUS = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];

const withNote = (note: string | undefined) => (note ? { note } : {});

async function main(): Promise<void> {
  const bench = new Benchmark('peer', 'Appends side by side with a peer: Emmett on SQLite');
  const settings = await emmettSettings();
  const slice = SECONDS / ROUNDS;
  bench.workload(
    `one ~800-byte event (the same data and metadata) per append to ${STREAMS} rotating streams with an expected revision, each append awaited until acknowledged; ${ROUNDS} alternating rounds, ${SECONDS}s per measure in all`,
  );
  bench.workload(
    `@event-driven-io/emmett-sqlite ${versionOf('@event-driven-io/emmett-sqlite', fromPeer)} with @event-driven-io/emmett ${versionOf('@event-driven-io/emmett', fromPeer)} on sqlite3 ${versionOf('sqlite3', fromPeer)} (SQLite ${settings.sqlite}): journal_mode=${settings.journalMode}, synchronous=${SYNCHRONOUS[settings.synchronous] ?? settings.synchronous} (its build's default; Emmett sets none); ours: better-sqlite3 ${versionOf('better-sqlite3')}, journal_mode=WAL, synchronous=FULL for a lone append, NORMAL + fdatasync of the WAL before acknowledging a group (ADR 0018)`,
  );

  const [oursOne, emmettOne, emmettOneConnection] = await alternate(
    [
      () => run(ours, 1, slice),
      () => run(emmettStore, 1, slice),
      () => run((file) => emmettConnection(file), 1, slice),
    ],
    ROUNDS,
  );
  assertNoFailures(oursOne!, 'ours, one writer');
  bench.compare({
    what: 'one writer: ours / Emmett as documented (getSQLiteEventStore)',
    figure: { value: oursOne!.rate, unit: 'events/s' },
    floor: { label: 'Emmett, a connection opened and closed per append', value: emmettOne!.rate, unit: 'events/s' },
    target: { atLeast: 1 },
    ...withNote(failures(emmettOne!)),
  });
  bench.compare({
    what: "one writer: ours / Emmett's appendToStream on one long-lived connection",
    figure: { value: oursOne!.rate, unit: 'events/s' },
    floor: { label: 'Emmett, one connection kept open', value: emmettOneConnection!.rate, unit: 'events/s' },
    ...withNote(failures(emmettOneConnection!)),
  });

  const [oursMany, emmettMany, emmettManyConnection] = await alternate(
    [
      () => run(ours, WRITERS, slice),
      () => run((file) => queued(emmettStore(file)), WRITERS, slice),
      () => run((file) => queued(emmettConnection(file)), WRITERS, slice),
    ],
    ROUNDS,
  );
  assertNoFailures(oursMany!, `ours, ${WRITERS} writers`);
  bench.compare({
    what: `${WRITERS} concurrent writers: ours (group commit) / Emmett as documented, appends queued`,
    figure: { value: oursMany!.rate, unit: 'events/s' },
    floor: { label: 'Emmett, one append at a time', value: emmettMany!.rate, unit: 'events/s' },
    target: { atLeast: 1 },
    ...withNote(failures(emmettMany!)),
  });
  bench.compare({
    what: `${WRITERS} concurrent writers: ours / Emmett's appendToStream on one long-lived connection, queued`,
    figure: { value: oursMany!.rate, unit: 'events/s' },
    floor: {
      label: 'Emmett, one connection kept open, one append at a time',
      value: emmettManyConnection!.rate,
      unit: 'events/s',
    },
    ...withNote(failures(emmettManyConnection!)),
  });

  const attempt = await run(emmettStore, WRITERS, slice, true);
  const errors = [...attempt.errors.entries()].map(([name, count]) => `${count} × ${name}`).join(', ');
  bench.bound({
    what: `Emmett as documented, ${WRITERS} appends at once (not queued): appends acknowledged per second`,
    figure: { value: attempt.rate, unit: 'events/s' },
    note: `${attempt.appended} acknowledged, ${attempt.failed} failed${errors ? ` (${errors})` : ''}, ${attempt.hung} of ${WRITERS} writers left waiting on an append that had not settled after ${HUNG_AFTER_MS / 1000} s: its store shares one connection and one transaction counter between concurrent calls and closes the connection when any call ends`,
  });
  await bench.finish();
  // Appends of that attempt that never settled keep their sqlite3 handles open.
  process.exit(0);
}

void main();
