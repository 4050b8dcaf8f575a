import Database from 'better-sqlite3';
import { checkBatch, checkExpectedRevision, judgeRetry, type AlreadyRecorded } from './append-rules';
import { CatchUpSubscription } from './catch-up-subscription';
import { EventStoreUnavailableError } from './event-store.errors';
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
} from './event-store.port';
import { GENESIS_HASH, sealEvents } from './hash-chain';

interface EventRow {
  position: number;
  stream_id: string;
  revision: number;
  event_id: string;
  type: string;
  data: string;
  metadata: string;
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

/**
 * The embedded default: one SQLite file in WAL mode with synchronous=FULL, so an acknowledged
 * append survives a crash or power loss. Each append is one transaction (all or nothing).
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly listeners = new Set<() => void>();
  private readonly statements: ReturnType<SqliteEventStore['prepare']>;
  private readonly appendTransaction: (
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ) => AppendResult;

  constructor(path: string) {
    try {
      this.db = new Database(path);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = FULL');
      this.db.pragma('busy_timeout = 5000');
      this.db.exec(SCHEMA);
    } catch (error) {
      throw new EventStoreUnavailableError(`Cannot open the SQLite event store at ${path}`, { cause: error });
    }
    this.statements = this.prepare();
    this.appendTransaction = this.db.transaction((streamId, events, expected) =>
      this.appendNow(streamId, events, expected),
    );
  }

  private prepare() {
    return {
      last: this.db.prepare<[string], { revision: number; metadata: string }>(
        'SELECT revision, metadata FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1',
      ),
      byEventId: this.db.prepare<[string], { stream_id: string; revision: number; position: number }>(
        'SELECT stream_id, revision, position FROM events WHERE event_id = ?',
      ),
      insert: this.db.prepare(
        'INSERT INTO events (stream_id, revision, event_id, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      forwards: this.db.prepare<[string, number, number], EventRow>(
        'SELECT * FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?',
      ),
      backwards: this.db.prepare<[string, number, number], EventRow>(
        'SELECT * FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?',
      ),
      all: this.db.prepare<[number, number], EventRow>(
        'SELECT * FROM events WHERE position > ? ORDER BY position ASC LIMIT ?',
      ),
      head: this.db.prepare<[], { head: number | null }>('SELECT MAX(position) AS head FROM events'),
    };
  }

  async append(
    streamId: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    const result = this.appendTransaction(streamId, events, options.expectedRevision);
    for (const listener of this.listeners) listener();
    return result;
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
    const prevHash = last ? (JSON.parse(last.metadata) as EventMetadata).hash : GENESIS_HASH;
    let position = -1;
    for (const event of sealEvents(streamId, current + 1, prevHash, events)) {
      const info = this.statements.insert.run(
        streamId,
        event.revision,
        event.eventId,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
      );
      position = Number(info.lastInsertRowid);
    }
    return { nextExpectedRevision: current + events.length, position };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const limit = options.maxCount ?? -1;
    const rows =
      options.direction === 'backwards'
        ? this.statements.backwards.all(streamId, options.fromRevision ?? Number.MAX_SAFE_INTEGER, limit)
        : this.statements.forwards.all(streamId, options.fromRevision ?? 0, limit);
    return rows.map(toRecorded);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.statements.all.all(options.after ?? 0, options.maxCount ?? -1).map(toRecorded);
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    return new CatchUpSubscription(this, options, (wake) => {
      this.listeners.add(wake);
      return () => this.listeners.delete(wake);
    });
  }

  async headPosition(): Promise<number> {
    return this.head();
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
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    this.listeners.clear();
    if (this.db.open) this.db.close();
  }
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
