/**
 * Appends of the SQLite event store (WAL, synchronous=FULL) against the floor: raw better-sqlite3
 * inserts of the same rows, with the same pragmas, one transaction per append, in the same run.
 * Measures alternate in rounds (floor, adapter, floor, adapter …) so a neighbour's load on the
 * machine falls on both alike. Bounded: BENCH_SECONDS per measure, split over the rounds.
 */
import Database from 'better-sqlite3';
import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventToAppend } from '@quickclaim/platform';
import { sealEvents, GENESIS_HASH } from '@quickclaim/platform/eventsourcing';
import { INSERT_EVENT, SqliteEventStore, eventRow } from '@quickclaim/platform/sqlite';
import { photoAttached as payload } from './append-payload';
import { Benchmark, elapsedMs, rate } from './bench-kit';

const SECONDS = Number(process.env.BENCH_SECONDS ?? '3');
const ROUNDS = 3;
const STREAMS = 100;
const WRITERS = 32;

const batchOf = (size: number) => Array.from({ length: size }, (_, index) => payload(index));

/** A fresh folder per measure, removed after it. */
function scratch(): { path: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'qc-bench-'));
  return { path: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Raw better-sqlite3: the same table and sealed rows; one synchronous transaction per append.
 * `sync: 'full'` is SQLite's own synchronous=FULL (better-sqlite3's SQLite syncs with fsync);
 * `sync: 'fdatasync'` is synchronous=NORMAL followed by fdatasync of the WAL, the primitive the
 * adapter uses, for a like-for-like view of the adapter's own overhead.
 */
async function rawRate(batch: number, seconds: number, sync: 'full' | 'fdatasync' = 'full'): Promise<number> {
  const folder = scratch();
  const db = new Database(folder.path('raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma(sync === 'full' ? 'synchronous = FULL' : 'synchronous = NORMAL');
  db.exec(`CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, stream_id TEXT NOT NULL, revision INTEGER NOT NULL,
    event_id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, UNIQUE (stream_id, revision))`);
  const insert = db.prepare(INSERT_EVENT);
  const revisions = new Array<number>(STREAMS).fill(-1);
  const write = db.transaction((streamId: string, first: number, events: EventToAppend[]) => {
    for (const event of sealEvents(streamId, first, GENESIS_HASH, events)) {
      insert.run(...eventRow(streamId, event));
    }
  });
  let wal: number | undefined;
  const result = await rate(seconds, (iteration) => {
    const stream = iteration % STREAMS;
    write(`case-${stream}`, revisions[stream]! + 1, batchOf(batch));
    if (sync === 'fdatasync') {
      wal ??= openSync(folder.path('raw.sqlite-wal'), 'r+');
      fdatasyncSync(wal);
    }
    revisions[stream] = revisions[stream]! + batch;
    return batch;
  });
  if (wal !== undefined) closeSync(wal);
  db.close();
  folder.remove();
  return result;
}

/** The adapter, one writer awaiting each append. */
async function adapterRate(batch: number, seconds: number, latencies?: number[]): Promise<number> {
  const folder = scratch();
  const store = new SqliteEventStore(folder.path('events.sqlite'));
  const revisions = new Array<number>(STREAMS).fill(-1);
  const result = await rate(seconds, async (iteration) => {
    const stream = iteration % STREAMS;
    const expected = revisions[stream]!;
    const events = batchOf(batch);
    const started = process.hrtime.bigint();
    const appended = await store.append(`case-${stream}`, events, {
      expectedRevision: expected < 0 ? 'no_stream' : expected,
    });
    latencies?.push(elapsedMs(started));
    revisions[stream] = appended.nextExpectedRevision;
    return batch;
  });
  await store.close();
  folder.remove();
  return result;
}

/** The adapter with `writers` concurrent writers, each on streams of its own, each awaiting its acknowledgement. */
async function concurrentRate(
  writers: number,
  seconds: number,
  latencies: number[],
): Promise<{ rate: number; eventsPerCommit: number }> {
  const folder = scratch();
  const store = new SqliteEventStore(folder.path('events.sqlite'));
  let events = 0;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(seconds * 1e9));
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      const streams = Array.from({ length: STREAMS / 4 }, (_, index) => ({
        id: `case-w${writer}-${index}`,
        revision: -1,
      }));
      for (let iteration = 0; process.hrtime.bigint() < deadline; iteration += 1) {
        const stream = streams[iteration % streams.length]!;
        const appendStarted = process.hrtime.bigint();
        const appended = await store.append(stream.id, [payload(iteration)], {
          expectedRevision: stream.revision < 0 ? 'no_stream' : stream.revision,
        });
        latencies.push(elapsedMs(appendStarted));
        stream.revision = appended.nextExpectedRevision;
        events += 1;
      }
    }),
  );
  const result = events / (elapsedMs(started) / 1000);
  const eventsPerCommit = events / Math.max(1, store.stats().syncs);
  await store.close();
  folder.remove();
  return { rate: result, eventsPerCommit };
}

async function alternate(measures: (() => Promise<number>)[], rounds: number): Promise<number[]> {
  const totals = measures.map(() => 0);
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, measure] of measures.entries()) totals[index]! += await measure();
  }
  return totals.map((total) => total / rounds);
}

async function main(): Promise<void> {
  const bench = new Benchmark('eventstore', 'Event store appends');
  const slice = SECONDS / ROUNDS;
  bench.workload(
    `durable appends (acknowledged only once on disk) of ~800-byte events to ${STREAMS} rotating streams; floor = raw better-sqlite3 inserts of the same sealed rows, one transaction per append; ${ROUNDS} alternating rounds, ${SECONDS}s per measure in all`,
  );

  const single: number[] = [];
  const [rawSingle, adapterSingle, rawSameSync] = await alternate(
    [() => rawRate(1, slice), () => adapterRate(1, slice, single), () => rawRate(1, slice, 'fdatasync')],
    ROUNDS,
  );
  bench.compare({
    what: 'single event per append, one writer',
    figure: { value: adapterSingle!, unit: 'events/s' },
    floor: { label: 'raw inserts, synchronous=FULL, one transaction each', value: rawSingle!, unit: 'events/s' },
    target: { atLeast: 0.9 },
    note: "SQLite's FULL syncs the WAL with fsync (better-sqlite3 builds it without fdatasync); the adapter commits with synchronous=NORMAL and then fdatasyncs the WAL off the event loop before acknowledging, as durable and cheaper (ADR 0018)",
  });
  bench.compare({
    what: 'single event per append, one writer, against the same sync primitive',
    figure: { value: adapterSingle!, unit: 'events/s' },
    floor: { label: 'raw inserts, synchronous=NORMAL + fdatasync of the WAL', value: rawSameSync!, unit: 'events/s' },
  });

  const [rawBatch, adapterBatch] = await alternate([() => rawRate(100, slice), () => adapterRate(100, slice)], ROUNDS);
  bench.compare({
    what: 'batches of 100 events per append, one writer',
    figure: { value: adapterBatch!, unit: 'events/s' },
    floor: { label: 'raw inserts, one transaction per 100', value: rawBatch!, unit: 'events/s' },
  });

  const grouped: number[] = [];
  let eventsPerCommit = 0;
  const [rawFloor, concurrent] = await alternate(
    [
      () => rawRate(1, slice),
      async () => {
        const measured = await concurrentRate(WRITERS, slice, grouped);
        eventsPerCommit += measured.eventsPerCommit / ROUNDS;
        return measured.rate;
      },
    ],
    ROUNDS,
  );
  bench.compare({
    what: `${WRITERS} concurrent writers on different streams (group commit), one event per append`,
    figure: { value: concurrent!, unit: 'events/s' },
    floor: { label: 'raw single-event commits, one at a time', value: rawFloor!, unit: 'events/s' },
    target: { atLeast: 3 },
    note: `${eventsPerCommit.toFixed(1)} appends shared each fdatasync on average`,
  });
  bench.latencies('append acknowledged, 1 writer', single);
  bench.latencies(`append acknowledged, ${WRITERS} concurrent writers`, grouped);
  await bench.finish();
}

void main();
