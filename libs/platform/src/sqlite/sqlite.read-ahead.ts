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
export const READ_ALL =
  'SELECT position, stream_id, revision, event_id, type, data, metadata FROM events WHERE position > ? AND position <= ? ORDER BY position ASC LIMIT ?';

/**
 * The worker's side: its own read-only connection to the file, one statement, and each page sent
 * back as seven arrays (one per column), which cost the receiving thread far less to take in than
 * a thousand objects.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const page = db.prepare(workerData.sql).raw(true);
parentPort.on('message', ({ id, after, limit, maxCount }) => {
  try {
    const columns = [[], [], [], [], [], [], []];
    for (const row of page.all(after, limit, maxCount)) for (let column = 0; column < 7; column += 1) columns[column].push(row[column]);
    parentPort.postMessage({ id, columns });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

/** A page as the worker sends it: position, stream_id, revision, event_id, type, data, metadata. */
export type Columns = [number[], string[], number[], string[], string[], string[], string[]];

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
