import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeIdempotencyStoreContract } from '../contracts/idempotency.contract';
import { SqliteIdempotencyStore } from './sqlite.idempotency-store';

describeIdempotencyStoreContract(
  'SQLite',
  async () => new SqliteIdempotencyStore(join(mkdtempSync(join(tmpdir(), 'qc-idem-')), 'idempotency.db')),
);
