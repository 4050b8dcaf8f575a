import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testEvent } from '../contracts/test-events';
import { describeEventStoreContract } from '../contracts/event-store.contract';
import type { EventToAppend, RecordedEvent } from '../ports/event-store.port';
import { verifyChain } from '../eventsourcing/hash-chain';
import { ConcurrencyError, EventStoreFullError } from '../ports/event-store.errors';
import { SqliteEventStore } from './sqlite.event-store';

const temporaryFile = () => join(mkdtempSync(join(tmpdir(), 'qc-events-')), 'events.sqlite');

describeEventStoreContract('SQLite', async () => new SqliteEventStore(temporaryFile()));

const event = (type: string, padding = 0): EventToAppend =>
  testEvent(type, { type, ...(padding > 0 ? { padding: randomUUID().repeat(Math.ceil(padding / 36)) } : {}) });

describe('SQLite event store on disk', () => {
  it('reads the same events, with a valid chain, after the file is closed and reopened', async () => {
    const path = temporaryFile();
    const first = new SqliteEventStore(path);
    await first.append('case-1', [event('A'), event('B')], { expectedRevision: 'no_stream' });
    const before = await first.readStream('case-1');
    await first.close();
    const second = new SqliteEventStore(path);
    expect(await second.readStream('case-1')).toEqual(before);
    expect(verifyChain(before).valid).toBe(true);
    expect((await second.append('case-1', [event('C')], { expectedRevision: 1 })).nextExpectedRevision).toBe(2);
    expect(verifyChain(await second.readStream('case-1')).valid).toBe(true);
    await second.close();
  });

  it('lets a subscriber in another instance see what this one appends', async () => {
    const path = temporaryFile();
    const writer = new SqliteEventStore(path);
    const reader = new SqliteEventStore(path);
    const seen: RecordedEvent[] = [];
    const arrived = new Promise<void>((resolve) => {
      const subscription = reader.subscribeToAll({
        onEvent: (recorded) => {
          seen.push(recorded);
          if (seen.length === 1) void subscription.stop().then(resolve);
        },
      });
    });
    await writer.append('case-2', [event('Remote')], { expectedRevision: 'no_stream' });
    await arrived;
    expect(seen.map((recorded) => recorded.type)).toEqual(['Remote']);
    await Promise.all([writer.close(), reader.close()]);
  });
});

describe('SQLite stream cache', () => {
  it('reads what another instance appended after this one had read the stream', async () => {
    const path = temporaryFile();
    const writer = new SqliteEventStore(path);
    const reader = new SqliteEventStore(path);
    await writer.append('case-1', [event('A'), event('B')], { expectedRevision: 'no_stream' });
    expect((await reader.readStream('case-1')).map((recorded) => recorded.type)).toEqual(['A', 'B']);
    await writer.append('case-1', [event('C')], { expectedRevision: 1 });
    expect((await reader.readStream('case-1')).map((recorded) => recorded.type)).toEqual(['A', 'B', 'C']);
    expect((await reader.readStream('case-1', { direction: 'backwards', maxCount: 2 })).map((e) => e.type)).toEqual([
      'C',
      'B',
    ]);
    await Promise.all([writer.close(), reader.close()]);
  });

  it('hands out events that cannot be changed by one reader behind the others’ backs', async () => {
    const store = new SqliteEventStore(temporaryFile());
    await store.append('case-1', [event('A')], { expectedRevision: 'no_stream' });
    const [read] = await store.readStream('case-1');
    expect(() => {
      (read!.data as Record<string, unknown>).type = 'Changed';
    }).toThrow(TypeError);
    expect((await store.readStream('case-1'))[0]!.data).toEqual({ type: 'A' });
    await store.close();
  });
});

describe('SQLite reads for an audit', () => {
  it('see a stored event changed behind the platform’s back, where cached reads would not', async () => {
    const path = temporaryFile();
    const store = new SqliteEventStore(path);
    await store.append('case-1', [event('A'), event('B')], { expectedRevision: 'no_stream' });
    await store.readStream('case-1');
    const intruder = new Database(path);
    intruder
      .prepare('UPDATE events SET data = \'{"type":"Forged"}\' WHERE stream_id = \'case-1\' AND revision = 0')
      .run();
    intruder.close();
    expect((await store.readStream('case-1'))[0]!.data).toEqual({ type: 'A' });
    const stored = await store.readStream('case-1', { fromStorage: true });
    expect(stored[0]!.data).toEqual({ type: 'Forged' });
    expect(verifyChain(stored).problems).toEqual([{ revision: 0, problem: expect.stringContaining('altered') }]);
    await store.close();
  });
});

describe('SQLite group commit', () => {
  it('commits appends that arrive together in one durable transaction, answering each', async () => {
    const store = new SqliteEventStore(temporaryFile());
    const results = await Promise.all(
      Array.from({ length: 32 }, (_, index) =>
        store.append(`case-${index}`, [event('E')], { expectedRevision: 'no_stream' }),
      ),
    );
    expect(store.stats()).toMatchObject({ transactions: 1, syncs: 1 });
    expect(new Set(results.map((result) => result.position)).size).toBe(32);
    await store.close();
  });

  it('commits one waiting append in a transaction of its own', async () => {
    const store = new SqliteEventStore(temporaryFile());
    await store.append('case-1', [event('A')], { expectedRevision: 'no_stream' });
    await store.append('case-1', [event('B')], { expectedRevision: 0 });
    expect(store.stats()).toMatchObject({ transactions: 2, syncs: 2 });
    await store.close();
  });

  it('splits a large crowd into transactions of at most the configured size, made durable together', async () => {
    const store = new SqliteEventStore(temporaryFile(), { maxGroupSize: 10 });
    await Promise.all(
      Array.from({ length: 25 }, (_, index) =>
        store.append(`case-${index}`, [event('E')], { expectedRevision: 'any' }),
      ),
    );
    expect(store.stats()).toMatchObject({ transactions: 3, syncs: 1 });
    await store.close();
  });

  it('shows a group to $all readers only once it is durable, and acknowledges it only then', async () => {
    const store = new SqliteEventStore(temporaryFile());
    let acknowledged = 0;
    const appending = ['case-1', 'case-2'].map((stream) =>
      store.append(stream, [event('A')], { expectedRevision: 'no_stream' }).then(() => (acknowledged += 1)),
    );
    await new Promise((resolve) => setImmediate(resolve));
    // Committed together (a command reading the stream sees them) but their fdatasync has not returned yet.
    expect(await store.readStream('case-1')).toHaveLength(1);
    expect(await store.readAll()).toEqual([]);
    expect(await store.headPosition()).toBe(-1);
    expect(acknowledged).toBe(0);
    await Promise.all(appending);
    expect(await store.readAll()).toHaveLength(2);
    expect(await store.headPosition()).toBe(2);
    await store.close();
  });

  it('makes a lone append durable as it commits: acknowledged and shown to $all readers at once', async () => {
    const store = new SqliteEventStore(temporaryFile());
    await store.append('case-1', [event('A')], { expectedRevision: 'no_stream' });
    expect(await store.readAll()).toHaveLength(1);
    expect(store.stats()).toMatchObject({ transactions: 1, syncs: 1 });
    await store.close();
  });

  it('answers appends arriving while an fdatasync runs after the next one, all committed in one transaction', async () => {
    const store = new SqliteEventStore(temporaryFile());
    const first = store.append('case-first', [event('First')], { expectedRevision: 'no_stream' });
    await new Promise((resolve) => setImmediate(resolve));
    const later = Array.from({ length: 8 }, (_, index) =>
      store.append(`case-later-${index}`, [event('Later')], { expectedRevision: 'no_stream' }),
    );
    await Promise.all([first, ...later]);
    expect(store.stats()).toMatchObject({ transactions: 2, syncs: 2 });
    await store.close();
  });

  it('commits appends accepted before close, then refuses new ones', async () => {
    const path = temporaryFile();
    const store = new SqliteEventStore(path);
    const accepted = store.append('case-1', [event('A')], { expectedRevision: 'no_stream' });
    await store.close();
    await expect(accepted).resolves.toMatchObject({ nextExpectedRevision: 0 });
    await expect(store.append('case-1', [event('B')], { expectedRevision: 0 })).rejects.toThrow(/closed/);
    const reopened = new SqliteEventStore(path);
    expect(await reopened.readStream('case-1')).toHaveLength(1);
    await reopened.close();
  });
});

describe('SQLite event store statements prepared once', () => {
  it('answers a ping while open, again and again, and refuses one once closed', async () => {
    const store = new SqliteEventStore(temporaryFile());
    await expect(store.ping()).resolves.toBeUndefined();
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
    await expect(store.ping()).rejects.toThrow();
  });

  it('commits groups again and again, and leaves the file at synchronous=FULL between them', async () => {
    const path = temporaryFile();
    const store = new SqliteEventStore(path);
    for (let round = 0; round < 3; round += 1) {
      const streams = [0, 1, 2, 3].map((n) => `case-group-${round}-${n}`);
      await Promise.all(streams.map((id) => store.append(id, [event('Grouped')], { expectedRevision: 'no_stream' })));
    }
    expect(store.stats().transactions).toBeLessThan(12);
    // 2 is FULL: a lone append that comes next must commit durably by itself.
    const db = (store as unknown as { db: Database.Database }).db;
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    const refused = await Promise.allSettled([
      store.append('case-group-0-0', [event('Stale')], { expectedRevision: 'no_stream' }),
      store.append('case-group-late', [event('Late')], { expectedRevision: 'no_stream' }),
    ]);
    expect(refused.map((result) => result.status)).toEqual(['rejected', 'fulfilled']);
    await store.close();
    const reader = new Database(path, { readonly: true });
    expect(reader.prepare('SELECT COUNT(*) AS n FROM events').get()).toEqual({ n: 13 });
    reader.close();
  });
});

describe('SQLite event store when the disk is full', () => {
  it('fails the append cleanly with EventStoreFullError, records nothing of it, and keeps reading', async () => {
    const path = temporaryFile();
    const store = new SqliteEventStore(path, { maxSizeBytes: 96 * 1024 });
    let acknowledged = 0;
    let failure: unknown;
    for (let attempt = 0; attempt < 200 && failure === undefined; attempt += 1) {
      try {
        await store.append('case-full', [event(`E${attempt}`, 4000)], { expectedRevision: 'any' });
        acknowledged += 1;
      } catch (error) {
        failure = error;
      }
    }
    expect(failure).toBeInstanceOf(EventStoreFullError);
    expect(failure).toMatchObject({ code: 'EVENT_STORE_FULL' });
    expect(acknowledged).toBeGreaterThan(0);
    const read = await store.readStream('case-full');
    expect(read).toHaveLength(acknowledged);
    expect(verifyChain(read).valid).toBe(true);
    expect(await store.headPosition()).toBe(read[read.length - 1]!.position);
    await store.close();

    const reopened = new SqliteEventStore(path);
    expect(await reopened.readStream('case-full')).toEqual(read);
    await reopened.append('case-full', [event('AfterSpaceFreed', 4000)], { expectedRevision: acknowledged - 1 });
    expect(verifyChain(await reopened.readStream('case-full')).valid).toBe(true);
    await reopened.close();
  });

  it('fails only the append that does not fit when it arrives together with small ones', async () => {
    const store = new SqliteEventStore(temporaryFile(), { maxSizeBytes: 64 * 1024 });
    await store.append('case-taken', [event('Taken')], { expectedRevision: 'no_stream' });
    const results = await Promise.allSettled([
      store.append('case-small-1', [event('Small')], { expectedRevision: 'no_stream' }),
      store.append('case-huge', [event('Huge', 200_000)], { expectedRevision: 'no_stream' }),
      store.append('case-taken', [event('Stale')], { expectedRevision: 'no_stream' }),
      store.append('case-small-2', [event('Small')], { expectedRevision: 'no_stream' }),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(EventStoreFullError);
    expect((results[2] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    expect(await store.readStream('case-huge')).toEqual([]);
    expect(await store.readStream('case-small-1')).toHaveLength(1);
    expect(await store.readStream('case-small-2')).toHaveLength(1);
    await store.close();
  });
});

describe('SQLite reads of $all in full pages (read ahead on a worker thread)', () => {
  const fill = async (store: SqliteEventStore, stream: string, count: number, expected: number | 'no_stream') => {
    const events = Array.from({ length: count }, (_, index) => event(`E${index}`));
    return store.append(stream, events, { expectedRevision: expected });
  };
  /** $all page after page, as a projection catching up reads it: every page after the first is read ahead. */
  const readInPages = async (store: SqliteEventStore, maxCount: number) => {
    const paged: RecordedEvent[] = [];
    for (let after = 0; ;) {
      const page = await store.readAll({ after, maxCount });
      if (page.length === 0) return paged;
      paged.push(...page);
      after = page[page.length - 1]!.position;
    }
  };

  it('hands out, page after page, exactly the events of one whole read', async () => {
    const store = new SqliteEventStore(temporaryFile());
    await fill(store, 'case-1', 700, 'no_stream');
    await fill(store, 'case-2', 650, 'no_stream');
    const whole = await store.readAll();
    const paged = await readInPages(store, 300);
    expect(whole).toHaveLength(1350);
    expect(paged).toEqual(whole);
    await store.close();
  });

  it('gives, from pages read ahead, metadata exactly as parsing the row would, whatever its shape', async () => {
    const path = temporaryFile();
    const store = new SqliteEventStore(path);
    const actors = [
      { sub: 'driver-a', role: 'driver' },
      { sub: 'officer-1', role: 'officer', district: 'yuzhong' },
      { sub: 'adjuster-1', role: 'adjuster', insurer: 'picc' },
    ];
    await store.append(
      'case-1',
      Array.from({ length: 900 }, (_, index) => {
        const appended = testEvent(`E${index}`, { index }, { actor: actors[index % 3]! });
        return index % 4 === 0
          ? { ...appended, metadata: { ...appended.metadata, causationId: `cause-${index}` } }
          : appended;
      }),
      { expectedRevision: 'no_stream' },
    );
    // Rows of another shape, as an older or newer writer may have left them.
    const db = new Database(path);
    const edit = db.prepare('UPDATE events SET metadata = ? WHERE revision = ?');
    const rowAt = (revision: number) =>
      JSON.parse(
        db.prepare('SELECT metadata FROM events WHERE revision = ?').pluck().get(revision) as string,
      ) as Record<string, unknown>;
    const { hash, ...withoutHash } = rowAt(400);
    edit.run(JSON.stringify({ ...withoutHash, hash, onBehalfOf: 'B' }), 400);
    edit.run(JSON.stringify(withoutHash), 500);
    const { correlationId, ...rest } = rowAt(600);
    edit.run(JSON.stringify({ ...rest, correlationId }), 600);
    edit.run(JSON.stringify({ ...rowAt(700), schemaVersion: '2' }), 700);
    edit.run(JSON.stringify({ ...rowAt(800), eventId: 'another' }), 800);
    db.close();

    try {
      const whole = await store.readAll();
      const paged = await readInPages(store, 300);
      expect(paged).toEqual(whole);
      // Key order too: what is serialised again (the relay, the audit trail) is byte for byte the same.
      expect(paged.map((recorded) => JSON.stringify(recorded))).toEqual(
        whole.map((recorded) => JSON.stringify(recorded)),
      );
      expect(paged[400]!.metadata).toHaveProperty('onBehalfOf', 'B');
      expect(paged[701]!.metadata.actor).toEqual({ sub: 'adjuster-1', role: 'adjuster', insurer: 'picc' });
      expect(paged[704]!.metadata.causationId).toBe('cause-704');
    } finally {
      // A failed expectation must not leave the worker thread and the file open.
      await store.close();
    }
  });

  it('reads a page again when the one read ahead came back short, so events appended meanwhile are in it', async () => {
    const store = new SqliteEventStore(temporaryFile());
    await fill(store, 'case-1', 400, 'no_stream');
    const first = await store.readAll({ maxCount: 300 });
    // The page after it was read ahead with the 100 events there were; 300 more arrive before it is asked for.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await fill(store, 'case-1', 300, 399);
    const second = await store.readAll({ after: first[first.length - 1]!.position, maxCount: 300 });
    expect(second.map((recorded) => recorded.revision)).toEqual(Array.from({ length: 300 }, (_, index) => 300 + index));
    await store.close();
  });
});
