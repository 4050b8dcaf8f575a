import Database from 'better-sqlite3';
import { closeSync, fdatasync, fstatSync, openSync } from 'node:fs';
import { checkBatch, checkExpectedRevision, judgeRetry, type AlreadyRecorded } from '../eventsourcing/append-rules';
import { CatchUpSubscription } from '../eventsourcing/catch-up-subscription';
import {
  ConcurrencyError,
  EventIdConflictError,
  EventStoreFullError,
  EventStoreUnavailableError,
} from '../ports/event-store.errors';
import type {
  AppendResult,
  EventMetadata,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  IssuedPositions,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
  Subscription,
} from '../ports/event-store.port';
import { GENESIS_HASH, sealEvents, type SealedEvent } from '../eventsourcing/hash-chain';
import { readStreamSlice } from '../eventsourcing/read-slice';
import { READ_ALL, SqliteReadAhead, type Columns, type EventRow } from './sqlite.read-ahead';

/** How an event is written into `events`: the statement, and the row it takes. */
export const INSERT_EVENT =
  'INSERT INTO events (stream_id, revision, event_id, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)';

export function eventRow(streamId: string, event: SealedEvent): [string, number, string, string, string, string] {
  return [
    streamId,
    event.revision,
    event.eventId,
    event.type,
    JSON.stringify(event.data),
    JSON.stringify(event.metadata),
  ];
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position  INTEGER PRIMARY KEY AUTOINCREMENT,
  stream_id TEXT    NOT NULL,
  revision  INTEGER NOT NULL,
  event_id  TEXT    NOT NULL UNIQUE,
  type      TEXT    NOT NULL,
  data      TEXT    NOT NULL,
  metadata  TEXT    NOT NULL,
  UNIQUE (stream_id, revision)
);`;

export interface SqliteEventStoreOptions {
  /**
   * Largest size the file may grow to; an append beyond it fails with EventStoreFullError and
   * records nothing. Unbounded when absent (the disk is then the limit).
   */
  maxSizeBytes?: number;
  /** Most appends committed in one transaction; the rest wait for the next one. */
  maxGroupSize?: number;
}

interface PendingAppend {
  streamId: string;
  events: readonly EventToAppend[];
  expected: ExpectedRevision;
  outcome?: { result: AppendResult } | { error: unknown };
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

const DEFAULT_MAX_GROUP_SIZE = 256;
const STREAM_CACHE_EVENTS = 20_000;
/** Smallest page of `$all` after which the next one is read ahead on a worker thread. */
const READ_AHEAD_FROM = 256;

/**
 * The embedded default: one SQLite file in WAL mode. An append is acknowledged only once it is
 * durable (it survives a crash of the process, of the machine, or a power cut).
 *
 * Group commit, in two steps (ADR 0018):
 * - Appends that arrive in the same turn of the event loop are committed in one transaction, each
 *   inside its own savepoint, so a refused append (stale revision, reused event id, full disk)
 *   rolls back alone, is answered at once, and the others still commit.
 * - Committing writes to the WAL file without waiting for the disk (synchronous=NORMAL); the
 *   adapter then makes the WAL durable itself with fdatasync on libuv's thread pool, and answers
 *   every append committed before that fdatasync began once it returns: the guarantee of
 *   synchronous=FULL, without blocking the event loop for the disk. Appends committed while one
 *   fdatasync runs share the next one, so under load one disk flush serves many appends.
 * A lone append while none is in flight commits with synchronous=FULL instead (SQLite syncs the
 * WAL as it commits): nothing would share its flush, and the hop through the thread pool would
 * only add latency.
 * Subscribers of `$all` see an event only once it is durable, so nothing is published or
 * projected that a power cut could take back.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly listeners = new Set<() => void>();
  private readonly statements: ReturnType<SqliteEventStore['prepare']>;
  private readonly appendTransaction: Database.Transaction<
    (streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision) => AppendResult
  >;
  private readonly maxGroupSize: number;
  private readonly walPath: string;
  private walFd: number | null = null;
  /** Accepted, not yet committed. */
  private pending: PendingAppend[] = [];
  /** Committed, waiting for an fdatasync that starts after their commit. */
  private committed: PendingAppend[] = [];
  private syncing = false;
  /** Lowest position that is committed but not known durable (hidden from `$all` readers). */
  private unsyncedFrom = Number.POSITIVE_INFINITY;
  private syncingFrom = Number.POSITIVE_INFINITY;
  private transactions = 0;
  private syncs = 0;
  private flushScheduled: NodeJS.Immediate | null = null;
  private readonly streamCache = new Map<string, readonly RecordedEvent[]>();
  private cachedEvents = 0;
  private whenSynced: (() => void)[] = [];
  private readAhead: SqliteReadAhead | null = null;

  constructor(path: string, options: SqliteEventStoreOptions = {}) {
    try {
      this.db = new Database(path);
      this.db.pragma('journal_mode = WAL');
      // A lone append is synced by SQLite as it commits; groups switch to NORMAL and are made
      // durable by the adapter's own fdatasync of the WAL before they are acknowledged.
      this.db.pragma('synchronous = FULL');
      this.db.pragma('busy_timeout = 5000');
      this.db.exec(SCHEMA);
      if (options.maxSizeBytes !== undefined) {
        const pageSize = this.db.pragma('page_size', { simple: true }) as number;
        this.db.pragma(`max_page_count = ${Math.max(1, Math.floor(options.maxSizeBytes / pageSize))}`);
      }
    } catch (error) {
      throw new EventStoreUnavailableError(`Cannot open the SQLite event store at ${path}`, { cause: error });
    }
    this.walPath = `${this.db.name}-wal`;
    this.maxGroupSize = Math.max(1, options.maxGroupSize ?? DEFAULT_MAX_GROUP_SIZE);
    this.statements = this.prepare();
    this.appendTransaction = this.db.transaction((streamId, events, expected) =>
      this.appendNow(streamId, events, expected),
    );
  }

  private prepare() {
    return {
      last: this.db.prepare<[string], { revision: number; hash: string }>(
        "SELECT revision, json_extract(metadata, '$.hash') AS hash FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1",
      ),
      byEventId: this.db.prepare<[string], { stream_id: string; revision: number; position: number }>(
        'SELECT stream_id, revision, position FROM events WHERE event_id = ?',
      ),
      insert: this.db.prepare(INSERT_EVENT),
      forwards: this.db.prepare<[string, number, number], EventRow>(
        'SELECT * FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?',
      ),
      all: this.db.prepare<[number, number, number], EventRow>(READ_ALL),
      head: this.db.prepare<[], { head: number | null }>('SELECT MAX(position) AS head FROM events'),
      // Prepared once, as the statements above: through db.exec and db.pragma SQLite parsed them
      // again for every group (2.4 % of POST /cases) and every /health (3.0 %).
      begin: this.db.prepare('BEGIN IMMEDIATE'),
      commit: this.db.prepare('COMMIT'),
      rollback: this.db.prepare('ROLLBACK'),
      syncNormal: this.db.prepare('PRAGMA synchronous = NORMAL'),
      syncFull: this.db.prepare('PRAGMA synchronous = FULL'),
      ping: this.db.prepare<[], { one: number }>('SELECT 1 AS one'),
    };
  }

  append(
    streamId: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (!this.db.open) return Promise.reject(new EventStoreUnavailableError('The SQLite event store is closed'));
    return new Promise<AppendResult>((resolve, reject) => {
      this.pending.push({ streamId, events, expected: options.expectedRevision, resolve, reject });
      this.flushScheduled ??= setImmediate(() => this.flush());
    });
  }

  /** How many transactions committed appends, and how many disk flushes made them durable. */
  stats(): { transactions: number; syncs: number } {
    return { transactions: this.transactions, syncs: this.syncs };
  }

  /** Commits everything waiting, a group per transaction; refusals are answered at once. */
  private flush(): void {
    this.flushScheduled = null;
    if (this.pending.length === 0) return;
    if (this.pending.length === 1 && !this.syncing && this.committed.length === 0) {
      this.commitDurablyNow(this.pending.pop()!);
      return;
    }
    if (this.unsyncedFrom === Number.POSITIVE_INFINITY) this.unsyncedFrom = this.head() + 1;
    this.statements.syncNormal.run();
    try {
      while (this.pending.length > 0) {
        const group = this.pending.splice(0, this.maxGroupSize);
        if (group.length === 1) this.commitAlone(group[0]!);
        else this.commitGroup(group);
        for (const append of group) {
          const outcome = append.outcome!;
          if ('error' in outcome) append.reject(outcome.error);
          else this.committed.push(append);
        }
      }
    } finally {
      this.statements.syncFull.run();
    }
    if (this.committed.length === 0) this.unsyncedFrom = Number.POSITIVE_INFINITY;
    else if (!this.syncing) this.sync();
  }

  /** One fdatasync of the WAL for everything committed so far; then the next, if more came meanwhile. */
  private sync(): void {
    const covered = this.committed.splice(0);
    this.syncing = true;
    this.syncingFrom = this.unsyncedFrom;
    this.unsyncedFrom = Number.POSITIVE_INFINITY;
    const done = (error: NodeJS.ErrnoException | null) => {
      this.syncing = false;
      this.syncingFrom = Number.POSITIVE_INFINITY;
      this.syncs += 1;
      for (const append of covered) {
        const outcome = append.outcome as { result: AppendResult };
        if (error) {
          append.reject(
            new EventStoreUnavailableError(
              'The event store could not make the append durable; it may or may not be recorded',
              {
                cause: error,
              },
            ),
          );
        } else append.resolve(outcome.result);
      }
      for (const listener of this.listeners) listener();
      if (this.committed.length > 0) this.sync();
      else for (const resolve of this.whenSynced.splice(0)) resolve();
    };
    if (this.db.memory) {
      setImmediate(() => done(null));
      return;
    }
    try {
      fdatasync(this.wal(), done);
    } catch (error) {
      setImmediate(() => done(error as NodeJS.ErrnoException));
    }
  }

  /** The WAL file, opened once; opened again if SQLite ever replaced it. */
  private wal(): number {
    if (this.walFd !== null && fstatSync(this.walFd).nlink === 0) {
      closeSync(this.walFd);
      this.walFd = null;
    }
    this.walFd ??= openSync(this.walPath, 'r+');
    return this.walFd;
  }

  /** Highest position a `$all` reader may see: nothing this instance has not made durable. */
  private visibleLimit(): number {
    return Math.min(this.unsyncedFrom, this.syncingFrom) - 1;
  }

  /**
   * A lone append while no other is in flight has nothing to share a disk flush with: it commits
   * with synchronous=FULL, SQLite syncing the WAL itself as the commit returns, and is answered at
   * once, without the round trip through the thread pool that pays off only for a group.
   */
  private commitDurablyNow(append: PendingAppend): void {
    this.commitAlone(append);
    const outcome = append.outcome!;
    if ('error' in outcome) {
      append.reject(outcome.error);
      return;
    }
    this.syncs += 1;
    append.resolve(outcome.result);
    for (const listener of this.listeners) listener();
    for (const resolve of this.whenSynced.splice(0)) resolve();
  }

  private commitAlone(append: PendingAppend): void {
    try {
      append.outcome = { result: this.appendTransaction.immediate(append.streamId, append.events, append.expected) };
      this.transactions += 1;
    } catch (error) {
      append.outcome = { error: translate(error) };
    }
  }

  /**
   * One transaction, one savepoint per append. If the transaction itself is lost (SQLite rolls a
   * whole transaction back on a full disk or an I/O error, and a commit can fail), nothing of the
   * group is recorded, so each append is tried again alone and gets its own exact answer.
   */
  private commitGroup(group: readonly PendingAppend[]): void {
    try {
      this.statements.begin.run();
    } catch (error) {
      for (const append of group) append.outcome = { error: translate(error) };
      return;
    }
    try {
      for (const append of group) {
        try {
          // Inside an open transaction, better-sqlite3 runs a transaction function in a savepoint of
          // its own, so a refused append rolls back alone. A one-event append needs none: it
          // writes a single row, and a failing statement leaves nothing of itself behind.
          append.outcome = {
            result:
              append.events.length === 1
                ? this.appendNow(append.streamId, append.events, append.expected)
                : this.appendTransaction(append.streamId, append.events, append.expected),
          };
        } catch (error) {
          if (!this.db.inTransaction) throw error;
          append.outcome = { error: translate(error) };
        }
      }
      this.statements.commit.run();
      this.transactions += 1;
    } catch {
      if (this.db.inTransaction) this.statements.rollback.run();
      for (const append of group) this.commitAlone(append);
    }
  }

  private appendNow(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): AppendResult {
    checkBatch(streamId, events);
    const recorded = events.map((event): AlreadyRecorded | undefined => {
      const row = this.statements.byEventId.get(event.eventId);
      return row ? { streamId: row.stream_id, revision: row.revision, position: row.position } : undefined;
    });
    const retry = judgeRetry(streamId, events, recorded);
    if (retry) return retry;
    const last = this.statements.last.get(streamId);
    const current = last?.revision ?? -1;
    checkExpectedRevision(streamId, expected, current);
    if (events.length === 0) return { nextExpectedRevision: current, position: this.head() };
    const prevHash = last ? last.hash : GENESIS_HASH;
    let position = -1;
    for (const event of sealEvents(streamId, current + 1, prevHash, events)) {
      const info = this.statements.insert.run(...eventRow(streamId, event));
      position = Number(info.lastInsertRowid);
    }
    return { nextExpectedRevision: current + events.length, position };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (options.fromStorage) {
      return readStreamSlice(this.statements.forwards.all(streamId, 0, -1).map(toFrozenRecorded), options);
    }
    return readStreamSlice(this.stream(streamId), options);
  }

  /**
   * A stream's events, parsed once: recorded events never change and revisions only grow, so a
   * cached prefix stays true and each read fetches only the revisions after it (appended by this
   * process or any other). Events are frozen, as they are shared between readers. The least
   * recently read streams leave the cache beyond STREAM_CACHE_EVENTS events in all.
   */
  private stream(streamId: string): readonly RecordedEvent[] {
    const cached = this.streamCache.get(streamId) ?? [];
    this.streamCache.delete(streamId);
    const fresh = this.statements.forwards.all(streamId, cached.length, -1).map(toFrozenRecorded);
    const stream = fresh.length === 0 ? cached : cached.concat(fresh);
    if (stream.length === 0) return stream;
    this.streamCache.set(streamId, stream);
    this.cachedEvents += fresh.length;
    for (const [oldest, events] of this.streamCache) {
      if (this.cachedEvents <= STREAM_CACHE_EVENTS) break;
      this.streamCache.delete(oldest);
      this.cachedEvents -= events.length;
    }
    return stream;
  }

  /**
   * A page of `$all`. A reader going through a backlog in full pages of READ_AHEAD_FROM or more
   * (a projection catching up or rebuilding) gets the next page read ahead on a worker thread
   * while it handles this one (SqliteReadAhead); a page read ahead is used only when it came back
   * full, so it holds what reading it now would.
   */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? 0;
    const maxCount = options.maxCount ?? -1;
    const ahead = this.readAhead?.take(after, maxCount);
    const columns = ahead ? await ahead : null;
    if (columns && columns.positions.length === maxCount) {
      this.readOnAhead(columns.positions[maxCount - 1]!, maxCount);
      return recordedFromColumns(columns);
    }
    const rows = this.statements.all.all(after, this.visibleLimit(), maxCount);
    if (rows.length === maxCount) this.readOnAhead(rows[maxCount - 1]!.position, maxCount);
    return rows.map(toRecorded);
  }

  private readOnAhead(after: number, maxCount: number): void {
    if (maxCount < READ_AHEAD_FROM || !this.db.open || this.db.memory) return;
    this.readAhead ??= new SqliteReadAhead(this.db.name);
    this.readAhead.start(after, this.visibleLimit(), maxCount);
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    return new CatchUpSubscription(this, options, (wake) => {
      this.listeners.add(wake);
      return () => this.listeners.delete(wake);
    });
  }

  async headPosition(): Promise<number> {
    return Math.min(this.head(), this.visibleLimit());
  }

  /** AUTOINCREMENT keeps its high-water mark in sqlite_sequence, so a deleted last event still shows. */
  async issuedPositions(): Promise<IssuedPositions | null> {
    const issued = this.db.prepare<[], { seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'events'").get();
    return issued && issued.seq > 0 ? { first: 1, last: issued.seq } : null;
  }

  private head(): number {
    return this.statements.head.get()?.head ?? -1;
  }

  async ping(): Promise<void> {
    this.statements.ping.get();
  }

  async close(): Promise<void> {
    if (this.flushScheduled) clearImmediate(this.flushScheduled);
    // Appends already accepted are committed, made durable and answered before the file is closed.
    if (this.db.open) this.flush();
    if (this.syncing) await new Promise<void>((resolve) => this.whenSynced.push(resolve));
    this.listeners.clear();
    await this.readAhead?.close();
    this.readAhead = null;
    if (this.walFd !== null) closeSync(this.walFd);
    this.walFd = null;
    if (this.db.open) this.db.close();
  }
}

/** Our own refusals pass through; SQLite's failures become the port's errors, full disk named as such. */
function translate(error: unknown): unknown {
  if (error instanceof ConcurrencyError || error instanceof EventIdConflictError) return error;
  // By its code, not its class: better-sqlite3's native part keeps the first SqliteError class it saw.
  if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'SQLITE_FULL') {
    return new EventStoreFullError('The event store is full: nothing was recorded', { cause: error });
  }
  return new EventStoreUnavailableError('The SQLite event store failed to append: nothing was recorded', {
    cause: error,
  });
}

function toFrozenRecorded(row: EventRow): RecordedEvent {
  return deepFreeze(toRecorded(row));
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

function recordedFromColumns(page: Columns): RecordedEvent[] {
  const { strings, positions, streams, revisions, ids, types, data, metadata } = page;
  const events = new Array<RecordedEvent>(positions.length);
  for (let index = 0; index < positions.length; index += 1) {
    const json = metadata[index];
    events[index] = {
      streamId: strings[streams[index]!]!,
      revision: revisions[index]!,
      position: positions[index]!,
      eventId: ids[index]!,
      type: strings[types[index]!]!,
      data: JSON.parse(data[index]!) as Record<string, unknown>,
      metadata:
        json === null || json === undefined ? metadataFromColumns(page, index) : (JSON.parse(json) as EventMetadata),
    };
  }
  return events;
}

/** The metadata the worker took apart, put together in the order JSON.parse of the row gives. */
function metadataFromColumns(page: Columns, index: number): EventMetadata {
  const { strings } = page;
  const correlationId = page.correlationIds[index]!;
  const actor = page.actors[index];
  return {
    correlationId,
    causationId: page.causationIds[index] ?? correlationId,
    actor:
      actor === null || actor === undefined
        ? { sub: strings[page.actorSubs[index]!]!, role: strings[page.actorRoles[index]!]! }
        : (JSON.parse(actor) as EventMetadata['actor']),
    recordedAt: strings[page.recordedAt[index]!]!,
    schemaVersion: page.schemaVersions[index]!,
    eventId: page.ids[index]!,
    prevHash: page.prevHashes[index]!,
    hash: page.hashes[index]!,
  };
}

function toRecorded(row: EventRow): RecordedEvent {
  return {
    streamId: row.stream_id,
    revision: row.revision,
    position: row.position,
    eventId: row.event_id,
    type: row.type,
    data: JSON.parse(row.data) as Record<string, unknown>,
    metadata: JSON.parse(row.metadata) as EventMetadata,
  };
}
