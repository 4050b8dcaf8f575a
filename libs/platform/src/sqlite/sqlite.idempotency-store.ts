import Database from 'better-sqlite3';
import {
  judgeRepeatedKey,
  type IdempotencyClaim,
  type IdempotencyStore,
  type StoredResponse,
} from '../ports/idempotency.port';

interface Row {
  request_hash: string;
  response: string | null;
}

/** Idempotency records in a SQLite file, so a retry after a restart still gets its first answer. */
export class SqliteIdempotencyStore implements IdempotencyStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS idempotency_keys (
      key TEXT PRIMARY KEY,
      request_hash TEXT NOT NULL,
      response TEXT,
      created_at TEXT NOT NULL
    )`);
  }

  async claim(key: string, requestHash: string, now: Date): Promise<IdempotencyClaim> {
    const inserted = this.db
      .prepare('INSERT OR IGNORE INTO idempotency_keys (key, request_hash, created_at) VALUES (?, ?, ?)')
      .run(key, requestHash, now.toISOString());
    if (inserted.changes === 1) return { outcome: 'claimed' };
    const row = this.db.prepare('SELECT request_hash, response FROM idempotency_keys WHERE key = ?').get(key) as
      Row | undefined;
    if (!row) return this.claim(key, requestHash, now);
    return judgeRepeatedKey(
      { requestHash: row.request_hash, response: row.response ? (JSON.parse(row.response) as StoredResponse) : null },
      requestHash,
    );
  }

  async complete(key: string, response: StoredResponse): Promise<void> {
    this.db.prepare('UPDATE idempotency_keys SET response = ? WHERE key = ?').run(JSON.stringify(response), key);
  }

  async release(key: string): Promise<void> {
    this.db.prepare('DELETE FROM idempotency_keys WHERE key = ? AND response IS NULL').run(key);
  }

  close(): void {
    this.db.close();
  }
}
