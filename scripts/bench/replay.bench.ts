/**
 * The read side against its floors, in one run:
 * 1. Rebuilding every read model from scratch (the projection runner catching up from position -1
 *    into the in-memory read store) from 1 000 000 events in the SQLite event store, against
 *    merely reading and JSON-parsing those same events through the same store: events/s and ratio.
 * 2. The police desk queue with 100 000 open cases in one district, answered from its index
 *    (p50/p99 of the query and its presentation), against a MongoDB-query-language scan (mingo)
 *    of the same documents.
 * 3. Similar-photo lookups through the fraud-signals read model among stored perceptual hashes.
 * The events are generated once by driving the real deciders, and kept in the temp folder.
 */
import Database from 'better-sqlite3';
import { find } from 'mingo';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { presentQueueItem } from '@quickclaim/accident-case';
import {
  DESK_QUEUE_COLLECTION,
  DeskQueue,
  deskQueueProjection,
  type DeskQueueDocument,
} from '../../libs/accident-case/src';
import { FraudIndexes, fraudSignalsProjection } from '../../libs/evidence/src';
import { FixedClock, type RecordedEvent } from '@quickclaim/platform';
import { GENESIS_HASH, ProjectionRunner, applyEvents, sealEvents } from '@quickclaim/platform/eventsourcing';
import { InMemoryReadStore } from '@quickclaim/platform/memory';
import { INSERT_EVENT, SqliteEventStore, eventRow } from '@quickclaim/platform/sqlite';
import type { EventMetadata } from '@quickclaim/platform';
import { readModels } from '../../libs/read-side/src';
import { Benchmark } from './bench-kit';
import { EventLog, accidentWorkload } from '../../libs/testing/src/workload';

const EVENTS = Number(process.env.BENCH_EVENTS ?? '1000000');
const OPEN_CASES = Number(process.env.BENCH_OPEN_CASES ?? '100000');
const PHOTOS = Number(process.env.BENCH_PHOTOS ?? '1000000');
const SEED = 2026;

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;
const group = (value: number) => String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/** Writes the scripted workload into a SQLite event store file, rows exactly as the adapter writes them. */
function eventStoreFile(): string {
  const path = join(tmpdir(), `qc-bench-replay-${EVENTS}-${SEED}-v1.sqlite`);
  if (existsSync(path)) {
    console.log(`  reusing ${path}`);
    return path;
  }
  const started = process.hrtime.bigint();
  const building = `${path}.building`;
  rmSync(building, { force: true });
  new SqliteEventStore(building).close();
  const db = new Database(building);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insert = db.prepare(INSERT_EVENT);
  const heads = new Map<string, { revision: number; hash: string }>();
  let written = 0;
  // Stories average about 30 events; generate until the count is reached.
  const cases = Math.ceil(EVENTS / 10);
  db.transaction(() => {
    for (const { streamId, events } of accidentWorkload({ cases, seed: SEED, concurrent: 64 })) {
      if (written >= EVENTS) break;
      // The last stories are cut short: a store's tail always holds stories in progress.
      const head = heads.get(streamId) ?? { revision: -1, hash: GENESIS_HASH };
      for (const event of sealEvents(streamId, head.revision + 1, head.hash, events.slice(0, EVENTS - written))) {
        insert.run(...eventRow(streamId, event));
        heads.set(streamId, { revision: event.revision, hash: event.metadata.hash });
        written += 1;
      }
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  renameSync(building, path);
  rmSync(`${building}-wal`, { force: true });
  rmSync(`${building}-shm`, { force: true });
  console.log(
    `  wrote ${group(written)} events of ${group(heads.size)} streams to ${path} in ${seconds(started).toFixed(1)} s`,
  );
  return path;
}

/**
 * CPU time of this process's main thread so far, in microseconds (Linux: /proc, clock ticks of
 * 10 ms); NaN elsewhere. Unlike process.cpuUsage() it leaves out worker threads, and unlike the
 * wall clock it is barely moved by other work on the machine.
 */
function mainThreadCpuMicros(): number {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return Number.NaN;
  }
}

interface Pass {
  rate: number;
  count: number;
  /** Main-thread CPU per event, microseconds. */
  cpuMicros: number;
}

/**
 * The floor: what any reader on one thread must do to get the events: better-sqlite3 reading the
 * same rows in pages of 1 000 and JSON-parsing data and metadata into the same shape.
 */
function rawReadAndParse(path: string): Pass {
  const db = new Database(path, { readonly: true });
  const page = db.prepare<[number, number], Record<string, string | number>>(
    'SELECT position, stream_id, revision, event_id, type, data, metadata FROM events WHERE position > ? ORDER BY position ASC LIMIT ?',
  );
  const cpu = mainThreadCpuMicros();
  const started = process.hrtime.bigint();
  let count = 0;
  let after = 0;
  for (;;) {
    const rows = page.all(after, 1000);
    if (rows.length === 0) break;
    const events: RecordedEvent[] = rows.map((row) => ({
      streamId: row.stream_id as string,
      revision: row.revision as number,
      position: row.position as number,
      eventId: row.event_id as string,
      type: row.type as string,
      data: JSON.parse(row.data as string) as Record<string, unknown>,
      metadata: JSON.parse(row.metadata as string) as EventMetadata,
    }));
    count += events.length;
    after = events[events.length - 1]!.position;
  }
  const rate = count / seconds(started);
  db.close();
  return { rate, count, cpuMicros: (mainThreadCpuMicros() - cpu) / count };
}

async function readAndParse(store: SqliteEventStore): Promise<{ rate: number; count: number }> {
  const started = process.hrtime.bigint();
  let count = 0;
  let after = -1;
  for (;;) {
    const batch = await store.readAll({ ...(after >= 0 ? { after } : {}), maxCount: 1000 });
    if (batch.length === 0) break;
    count += batch.length;
    after = batch[batch.length - 1]!.position;
  }
  return { rate: count / seconds(started), count };
}

async function rebuildAll(
  store: SqliteEventStore,
  events: number,
): Promise<{ rate: number; documents: number; cpuMicros: number }> {
  const readStore = new InMemoryReadStore();
  const projections = readModels({ timeZone: 'Asia/Shanghai' });
  const runner = new ProjectionRunner(store, readStore, projections, {
    clock: new FixedClock('2026-11-23T00:00:00.000Z'),
    batchSize: 1000,
  });
  const head = await store.headPosition();
  const cpu = mainThreadCpuMicros();
  const started = process.hrtime.bigint();
  await runner.start();
  if (!(await runner.waitFor(head, 600_000))) throw new Error('the rebuild did not finish');
  // Indexes left to build at the first query are built now: they are part of the rebuild.
  readStore.buildIndexes();
  const rate = events / seconds(started);
  const cpuMicros = (mainThreadCpuMicros() - cpu) / events;
  await runner.stop();
  let documents = 0;
  for (const projection of projections) {
    for (const { name } of projection.schema.collections) {
      documents += await readStore.count({ projection: projection.name, collection: name }, {});
    }
  }
  const failures = (await readStore.checkpoints()).reduce((sum, checkpoint) => sum + checkpoint.failureCount, 0);
  if (failures > 0) throw new Error(`${failures} events could not be applied`);
  return { rate, documents, cpuMicros };
}

/** 100 000 cases waiting for the police in one district, fed through the desk-queue projection. */
async function deskQueue(): Promise<{ indexedMs: number[]; scanMs: number[] }> {
  const log = new EventLog({ sub: 'driver', role: 'driver' });
  const store = new InMemoryReadStore({ forbidCollectionScans: true });
  const { generation } = await store.open(deskQueueProjection.schema);
  const started = process.hrtime.bigint();
  let position = -1;
  let pending: RecordedEvent[] = [];
  const flush = async () => {
    const outcome = await applyEvents(store, deskQueueProjection, generation, position, pending);
    if (outcome) position = outcome.position;
    pending = [];
  };
  for (let number = 0; number < OPEN_CASES; number += 1) {
    const caseId = `open-${number}`;
    const requestedAt = new Date(Date.parse('2026-11-23T08:00:00.000Z') + number * 997).toISOString();
    const deadline = new Date(Date.parse(requestedAt) + 5 * 60_000).toISOString();
    const plate = (letter: string) => `渝${letter}${String(number).padStart(6, '0')}`;
    pending.push(
      ...log.record(`case-${caseId}`, [
        {
          type: 'AccidentReported',
          data: { caseId, reporter: { plate: plate('A') }, location: { district: 'yuzhong' } },
        },
        { type: 'PartyJoined', data: { party: 'B', driver: { plate: plate('B') } } },
        ...['FRONT_SIDE', 'REAR_SIDE', 'POINT_OF_IMPACT'].map((kind, index) => ({
          type: 'PhotoAttached',
          data: { photoId: `${caseId}-${index}`, kind, flags: index === 2 && number % 7 === 0 ? ['NO_EXIF'] : [] },
        })),
        { type: 'CircumstancesDeclared', data: { party: 'B', situations: ['S01'] } },
        { type: 'PoliceDecisionRequested', data: { requestedAt, deadline, district: 'yuzhong', review: false } },
      ]),
    );
    if (pending.length >= 7000) await flush();
  }
  await flush();
  console.log(
    `  ${group(OPEN_CASES)} cases asking for the police in one district, projected in ${seconds(started).toFixed(1)} s`,
  );
  const queue = new DeskQueue(store);
  const now = new Date('2026-11-23T09:00:00.000Z');
  const first = process.hrtime.bigint();
  await queue.waiting('yuzhong', 50);
  console.log(
    `  first query after the bulk load (builds the index from the documents): ${(seconds(first) * 1000).toFixed(1)} ms`,
  );
  const open = await store.count(DESK_QUEUE_COLLECTION, { district: 'yuzhong', onDesk: true });
  if (open !== OPEN_CASES) throw new Error(`expected ${OPEN_CASES} open cases, found ${open}`);
  const timings: number[] = [];
  for (let query = 0; query < 2000; query += 1) {
    const at = process.hrtime.bigint();
    const items = (await queue.waiting('yuzhong', 50)).map((document) => presentQueueItem(document, now));
    timings.push(seconds(at) * 1000);
    if (items.length !== 50) throw new Error('the queue should be full');
  }
  const all = await store.find<DeskQueueDocument>(DESK_QUEUE_COLLECTION, { district: 'yuzhong' });
  const scans: number[] = [];
  for (let query = 0; query < 10; query += 1) {
    const at = process.hrtime.bigint();
    find(all, { district: 'yuzhong', onDesk: true }).sort({ deadline: 1 }).limit(50).all();
    scans.push(seconds(at) * 1000);
  }
  return { indexedMs: timings, scanMs: scans };
}

/** Similar-photo lookups through the fraud-signals read model (multi-index hashing on indexed words). */
async function similarPhotos(): Promise<number[]> {
  const store = new InMemoryReadStore({ forbidCollectionScans: true });
  const { generation } = await store.open(fraudSignalsProjection.schema);
  const log = new EventLog();
  let next = 7;
  const randomHash = () => {
    let hex = '';
    for (let digit = 0; digit < 16; digit += 1) {
      next = (Math.imul(next, 1_103_515_245) + 12_345) >>> 0;
      hex += (next >>> 28).toString(16);
    }
    return hex;
  };
  const started = process.hrtime.bigint();
  const stored: string[] = [];
  let position = -1;
  for (let offset = 0; offset < PHOTOS; offset += 10_000) {
    const events = log.record(
      'case-bench',
      Array.from({ length: Math.min(10_000, PHOTOS - offset) }, (_, index) => {
        const hash = randomHash();
        if ((offset + index) % 1000 === 0) stored.push(hash);
        return {
          type: 'PhotoAttached',
          data: { photoId: `p${offset + index}`, sha256: `${offset + index}`, perceptualHash: hash },
        };
      }),
    );
    const outcome = await applyEvents(store, fraudSignalsProjection, generation, position, events);
    position = outcome!.position;
  }
  console.log(
    `  ${group(PHOTOS)} photo hashes filed in the fraud-signals read model in ${seconds(started).toFixed(1)} s`,
  );
  const indexes = new FraudIndexes(store, 6);
  const timings: number[] = [];
  for (let query = 0; query < 5000; query += 1) {
    const probe = query % 2 === 0 ? stored[query % stored.length]! : randomHash();
    const at = process.hrtime.bigint();
    await indexes.similarElsewhere(probe, 'asking-case');
    timings.push(seconds(at) * 1000);
  }
  return timings;
}

/** Each measure starts from a collected heap, so one phase's garbage is not another's pause. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function main(): Promise<void> {
  const bench = new Benchmark('replay', 'Read side: replay, desk queue, similar photos');
  bench.workload(
    `${group(EVENTS)} events of whole accident stories (the real deciders) in the SQLite event store, rebuilt into ` +
      `every read model in memory; ${group(OPEN_CASES)} open cases in one district's desk queue; ` +
      `${group(PHOTOS)} photo hashes in the fraud-signals read model`,
  );
  const path = eventStoreFile();
  const store = new SqliteEventStore(path);
  // Warm the page cache, then take the better of two passes for each floor.
  const { count } = await readAndParse(store);
  const raws = [rawReadAndParse(path), rawReadAndParse(path)];
  const raw = raws[0]!.rate >= raws[1]!.rate ? raws[0]! : raws[1]!;
  const floor = Math.max((await readAndParse(store)).rate, (await readAndParse(store)).rate);
  collectGarbage();
  const { rate, documents, cpuMicros } = await rebuildAll(store, count);
  await store.close();
  const what = `rebuild all ${readModels({ timeZone: 'UTC' }).length} read models from scratch into memory (${group(documents)} documents)`;
  bench.compare({
    what,
    figure: { value: rate, unit: 'events/s' },
    floor: {
      label: 'read and JSON-parse the same events with better-sqlite3 on one thread, pages of 1 000',
      value: raw.rate,
      unit: 'events/s',
    },
    target: { atLeast: 0.5 },
    note: 'the adapter reads the next page of $all on a worker thread while the projections apply the current one (ADR 0036); the floor is what a reader on one thread must do',
  });
  bench.compare({
    what: `${what}, against the adapter's own reading`,
    figure: { value: rate, unit: 'events/s' },
    floor: { label: 'read and JSON-parse the same events (SqliteEventStore.readAll)', value: floor, unit: 'events/s' },
  });
  if (Number.isFinite(cpuMicros) && Number.isFinite(raw.cpuMicros)) {
    bench.compare({
      what: `${what}, by main-thread CPU (less sensitive to other load on the machine)`,
      figure: { value: 1e6 / cpuMicros, unit: 'events per main-thread CPU-second' },
      floor: {
        label: 'read and JSON-parse with better-sqlite3 on one thread',
        value: 1e6 / raw.cpuMicros,
        unit: 'events per CPU-second',
      },
      note: `${cpuMicros.toFixed(1)} µs of main-thread CPU per event for the rebuild, ${raw.cpuMicros.toFixed(1)} µs for the floor`,
    });
  }

  collectGarbage();
  const desk = await deskQueue();
  const indexed = bench.latencies(`desk queue, 50 of ${group(OPEN_CASES)} open cases, from its index`, desk.indexedMs);
  const scan = bench.latencies(`the same query as a mingo scan and sort`, desk.scanMs);
  bench.compare({
    what: `desk queue p99 with ${group(OPEN_CASES)} open cases`,
    figure: { value: indexed.p99, unit: 'ms' },
    floor: { label: 'p50 of a mingo scan and sort of the same documents', value: scan.p50, unit: 'ms' },
    target: { figureAtMost: 5 },
  });

  collectGarbage();
  const lookups = bench.latencies(
    `similar-photo lookup among ${group(PHOTOS)} hashes (half hits)`,
    await similarPhotos(),
  );
  bench.bound({
    what: `similar-photo lookup p99 among ${group(PHOTOS)} hashes, through the fraud-signals read model`,
    figure: { value: lookups.p99, unit: 'ms' },
    target: { atMost: 5 },
  });
  await bench.finish();
}

void main();
