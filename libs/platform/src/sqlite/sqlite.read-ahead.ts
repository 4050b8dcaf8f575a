import { Worker } from 'node:worker_threads';

/** A row of `events` as `readAll` selects it. */
export interface EventRow {
  position: number;
  stream_id: string;
  revision: number;
  event_id: string;
  type: string;
  data: string;
  metadata: string;
}

/** The page after `after`, positions up to `limit`, at most `maxCount` rows: the statement both sides run. */
/** EventMetadata's fields in the order the store writes them (sealEvents). */
const USUAL_METADATA_KEYS = [
  'correlationId',
  'causationId',
  'actor',
  'recordedAt',
  'schemaVersion',
  'eventId',
  'prevHash',
  'hash',
] as const;

export const READ_ALL =
  'SELECT position, stream_id, revision, event_id, type, data, metadata FROM events WHERE position > ? AND position <= ? ORDER BY position ASC LIMIT ?';

/**
 * The worker's side: its own read-only connection to the file, one statement, and each page sent
 * back as columns (one array per field), which cost the receiving thread far less to take in than
 * a thousand objects. The worker also parses each event's metadata, whose usual shape is known,
 * and sends its fields as columns of their own: building that small object from them costs the
 * receiving thread about a tenth of parsing its JSON (hashes and ids are most of a row). Metadata
 * of any other shape (a field more or less, in another order, of another type) is sent as its JSON
 * and parsed there, so what the reader gets is exactly what JSON.parse of the row would give, key
 * order included.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const page = db.prepare(workerData.sql).raw(true);
const USUAL = ${JSON.stringify(USUAL_METADATA_KEYS)};
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
function usual(metadata, eventId) {
  if (!isObject(metadata)) return false;
  const keys = Object.keys(metadata);
  if (keys.length !== USUAL.length) return false;
  for (let index = 0; index < USUAL.length; index += 1) if (keys[index] !== USUAL[index]) return false;
  const { actor } = metadata;
  return (
    typeof metadata.correlationId === 'string' && typeof metadata.causationId === 'string' &&
    isObject(actor) && typeof actor.sub === 'string' && typeof actor.role === 'string' &&
    typeof metadata.recordedAt === 'string' && typeof metadata.schemaVersion === 'number' &&
    metadata.eventId === eventId && typeof metadata.prevHash === 'string' && typeof metadata.hash === 'string'
  );
}
function plainActor(actor) {
  const keys = Object.keys(actor);
  return keys.length === 2 && keys[0] === 'sub' && keys[1] === 'role';
}
parentPort.on('message', ({ id, after, limit, maxCount }) => {
  try {
    // Strings that repeat (stream ids, types, actors, times) are sent once per page and shared by
    // the events that carry them: fewer strings to take in, and fewer kept by read models.
    const strings = [];
    const numbers = new Map();
    const shared = (value) => {
      let number = numbers.get(value);
      if (number === undefined) {
        number = strings.length;
        strings.push(value);
        numbers.set(value, number);
      }
      return number;
    };
    const columns = {
      strings,
      positions: [], streams: [], revisions: [], ids: [], types: [], data: [], metadata: [],
      correlationIds: [], causationIds: [], actorSubs: [], actorRoles: [], actors: [],
      recordedAt: [], schemaVersions: [], prevHashes: [], hashes: [],
    };
    for (const row of page.all(after, limit, maxCount)) {
      columns.positions.push(row[0]);
      columns.streams.push(shared(row[1]));
      columns.revisions.push(row[2]);
      columns.ids.push(row[3]);
      columns.types.push(shared(row[4]));
      columns.data.push(row[5]);
      let metadata;
      try { metadata = JSON.parse(row[6]); } catch { metadata = undefined; }
      const known = usual(metadata, row[3]);
      columns.metadata.push(known ? null : row[6]);
      columns.correlationIds.push(known ? metadata.correlationId : '');
      // Mostly the same string: sent once.
      columns.causationIds.push(known && metadata.causationId !== metadata.correlationId ? metadata.causationId : null);
      columns.actorSubs.push(known ? shared(metadata.actor.sub) : 0);
      columns.actorRoles.push(known ? shared(metadata.actor.role) : 0);
      columns.actors.push(known && !plainActor(metadata.actor) ? JSON.stringify(metadata.actor) : null);
      columns.recordedAt.push(known ? shared(metadata.recordedAt) : 0);
      columns.schemaVersions.push(known ? metadata.schemaVersion : 0);
      columns.prevHashes.push(known ? metadata.prevHash : '');
      columns.hashes.push(known ? metadata.hash : '');
    }
    parentPort.postMessage({ id, columns });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

/**
 * A page as the worker sends it, one array per field; stream ids, types, actors and times are
 * numbers into `strings`. `metadata[i]` is the row's metadata JSON
 * when its shape is not the usual one, else null and the columns after it hold its fields;
 * `causationIds[i]` is null when it equals the correlation id, `actors[i]` the actor's JSON when it
 * has more than `sub` and `role`.
 */
export interface Columns {
  strings: string[];
  positions: number[];
  streams: number[];
  revisions: number[];
  ids: string[];
  types: number[];
  data: string[];
  metadata: (string | null)[];
  correlationIds: string[];
  causationIds: (string | null)[];
  actorSubs: number[];
  actorRoles: number[];
  actors: (string | null)[];
  recordedAt: number[];
  schemaVersions: number[];
  prevHashes: string[];
  hashes: string[];
}

interface Ahead {
  after: number;
  maxCount: number;
  rows: Promise<Columns | null>;
}

/**
 * Reads the next page of `$all` on a worker thread while the caller is busy with the page it was
 * just given (a projection catching up applies one page while the next is read): the SQLite step
 * of a replay leaves the thread that runs the projections. Only what a reader asks for next is
 * read ahead: the page right after the last one it got, of the same size. A page read ahead is
 * used only if it came back full, so it holds exactly what reading it now would give (positions
 * only grow, and nothing below a returned position is committed later); anything else is read
 * again on the spot. If the worker cannot start or fails, reads simply stay on the caller's thread.
 */
export class SqliteReadAhead {
  private worker: Worker | null = null;
  private broken = false;
  private ahead: Ahead | null = null;
  private nextId = 0;
  private readonly waiting = new Map<number, (columns: Columns | null) => void>();

  constructor(private readonly path: string) {}

  /** Starts reading the page after `after` (positions up to `limit`, at most `maxCount` rows). */
  start(after: number, limit: number, maxCount: number): void {
    const worker = this.ensureWorker();
    if (!worker) return;
    const id = (this.nextId += 1);
    const rows = new Promise<Columns | null>((resolve) => this.waiting.set(id, resolve));
    this.ahead = { after, maxCount, rows };
    worker.postMessage({ id, after, limit, maxCount });
  }

  /** The page read ahead for exactly this request, if one was started; it may resolve to null (failed). */
  take(after: number, maxCount: number): Promise<Columns | null> | null {
    const ahead = this.ahead;
    this.ahead = null;
    return ahead && ahead.after === after && ahead.maxCount === maxCount ? ahead.rows : null;
  }

  async close(): Promise<void> {
    this.broken = true;
    this.ahead = null;
    this.settleAll();
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private ensureWorker(): Worker | null {
    if (this.broken) return null;
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { driver: require.resolve('better-sqlite3'), path: this.path, sql: READ_ALL },
      });
      worker.unref();
      worker.on('message', (message: { id: number; columns?: Columns; error?: string }) => {
        const resolve = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        resolve?.(message.columns ?? null);
      });
      const fail = () => {
        this.broken = true;
        this.worker = null;
        this.settleAll();
      };
      worker.on('error', fail);
      worker.on('exit', fail);
      this.worker = worker;
      return worker;
    } catch {
      this.broken = true;
      return null;
    }
  }

  private settleAll(): void {
    for (const resolve of this.waiting.values()) resolve(null);
    this.waiting.clear();
  }
}
