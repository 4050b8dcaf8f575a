/**
 * Appends per second of the SQLite event store (WAL, synchronous=FULL) against the floor: raw
 * better-sqlite3 inserts of the same rows, with the same pragmas, one transaction per append, in
 * the same run. Prints workload, figure, floor and ratio. Bounded: a few seconds per measure.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, sealEvents, GENESIS_HASH, type EventToAppend } from '../../libs/platform/src/event-store';

const SECONDS = Number(process.env.BENCH_SECONDS ?? '3');
const STREAMS = 100;

function payload(index: number): EventToAppend {
  return {
    eventId: randomUUID(),
    type: 'PhotoAttached',
    data: {
      photoId: randomUUID(),
      kind: 'FRONT_SIDE',
      sha256: 'a'.repeat(64),
      sizeBytes: 2_345_678 + index,
      width: 4000,
      height: 3000,
      format: 'jpeg',
      flags: [],
      party: 'A',
      uploadedBy: 'driver-a',
      attachedAt: '2026-11-22T08:00:00.000Z',
    },
    metadata: {
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { sub: 'driver-a', role: 'driver' },
      recordedAt: '2026-11-22T08:00:00.000Z',
      schemaVersion: 1,
    },
  };
}

async function measure(label: string, run: (iteration: number) => Promise<number> | number): Promise<number> {
  let events = 0;
  let iteration = 0;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(SECONDS * 1e9);
  while (process.hrtime.bigint() < deadline) {
    events += await run(iteration);
    iteration += 1;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rate = events / seconds;
  console.log(`  ${label.padEnd(58)} ${rate.toFixed(0).padStart(8)} events/s`);
  return rate;
}

async function adapterRate(batch: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'qc-bench-'));
  const store = new SqliteEventStore(join(dir, 'events.sqlite'));
  const revisions = new Array<number>(STREAMS).fill(-1);
  const rate = await measure(`SqliteEventStore.append, batches of ${batch}`, async (iteration) => {
    const stream = iteration % STREAMS;
    const events = Array.from({ length: batch }, (_, index) => payload(index));
    const expected = revisions[stream]!;
    const result = await store.append(`case-${stream}`, events, {
      expectedRevision: expected < 0 ? 'no_stream' : expected,
    });
    revisions[stream] = result.nextExpectedRevision;
    return batch;
  });
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return rate;
}

async function rawRate(batch: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'qc-bench-'));
  const db = new Database(join(dir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, stream_id TEXT NOT NULL, revision INTEGER NOT NULL,
    event_id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, UNIQUE (stream_id, revision))`);
  const insert = db.prepare(
    'INSERT INTO events (stream_id, revision, event_id, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const revisions = new Array<number>(STREAMS).fill(-1);
  // The same rows the adapter writes, sealed the same way, so only the adapter's own work differs.
  const write = db.transaction((streamId: string, first: number, events: EventToAppend[]) => {
    for (const event of sealEvents(streamId, first, GENESIS_HASH, events)) {
      insert.run(
        streamId,
        event.revision,
        event.eventId,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
      );
    }
  });
  const rate = await measure(`raw better-sqlite3 inserts, one transaction per ${batch}`, (iteration) => {
    const stream = iteration % STREAMS;
    write(
      `case-${stream}`,
      revisions[stream]! + 1,
      Array.from({ length: batch }, (_, index) => payload(index)),
    );
    revisions[stream] = revisions[stream]! + batch;
    return batch;
  });
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return rate;
}

async function main(): Promise<void> {
  console.log(
    `event store benchmark · ${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · node ${process.version}`,
  );
  console.log(
    `workload: durable appends (WAL, synchronous=FULL) of ~800-byte events to ${STREAMS} rotating streams, ${SECONDS}s per measure`,
  );
  for (const batch of [1, 10]) {
    const floor = await rawRate(batch);
    const adapter = await adapterRate(batch);
    console.log(`  ratio adapter / raw, batches of ${batch}: ${(adapter / floor).toFixed(2)}\n`);
  }
}

void main();
