import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeIdempotencyStoreContract } from '../contracts/idempotency.contract';
import { SqliteIdempotencyStore } from './sqlite.idempotency-store';

describeIdempotencyStoreContract(
  'SQLite',
  async () => new SqliteIdempotencyStore(join(mkdtempSync(join(tmpdir(), 'qc-idem-')), 'idempotency.db')),
);

describe('SQLite idempotency store across a restart', () => {
  const now = new Date('2026-11-22T08:00:00.000Z');

  it('replays a completed answer and keeps an open claim after the file is reopened', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'qc-idem-')), 'idempotency.db');
    const first = new SqliteIdempotencyStore(path);
    await first.claim('done', 'hash-1', now);
    await first.complete('done', { status: 201, body: { caseId: 'c-1' } });
    await first.claim('open', 'hash-2', now);
    await first.claim('released', 'hash-3', now);
    await first.release('released');
    first.close();

    const reopened = new SqliteIdempotencyStore(path);
    try {
      expect(await reopened.claim('done', 'hash-1', now)).toEqual({
        outcome: 'replay',
        response: { status: 201, body: { caseId: 'c-1' } },
      });
      expect(await reopened.claim('done', 'hash-other', now)).toEqual({ outcome: 'reused_with_other_request' });
      expect(await reopened.claim('open', 'hash-2', now)).toEqual({ outcome: 'in_progress' });
      expect(await reopened.claim('released', 'hash-3', now)).toEqual({ outcome: 'claimed' });
    } finally {
      reopened.close();
    }
  });
});
