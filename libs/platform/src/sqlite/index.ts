/** The embedded default's stores, in SQLite files (better-sqlite3). */
export * from './sqlite.event-store';
export * from './sqlite.idempotency-store';
