import Database from 'better-sqlite3';
import { FixedClock, SequentialIdGenerator, derivedId, type EventToAppend } from '@quickclaim/platform';
import { takeCheckpoint, type SignedCheckpoint } from '@quickclaim/platform/eventsourcing';
import { testEvent, testEventId } from '@quickclaim/platform/contracts';
import { FileBlobStore } from '@quickclaim/platform/files';
import { SqliteEventStore } from '@quickclaim/platform/sqlite';
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEVELOPMENT_AUDIT_KEY_FILE } from '../audit/signing-key';
import { runAuditCli } from './audit.cli';

const PHOTO = Buffer.from('the original bytes of a photo');
const PHOTO_SHA = createHash('sha256').update(PHOTO).digest('hex');

let nextId = 0;
function event(type: string, data: Record<string, unknown>): EventToAppend {
  nextId += 1;
  return testEvent(type, data, { eventId: testEventId(nextId) });
}

/** Three cases of five events each, one with a photo, in a fresh data folder. */
async function workload(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'qc-audit-cli-'));
  const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
  const blobs = new FileBlobStore(join(dataDir, 'blobs'));
  await blobs.put(PHOTO_SHA, PHOTO, 'image/jpeg');
  for (const caseId of ['k1', 'k2', 'k3']) {
    await store.append(`case-${caseId}`, [event('AccidentReported', { caseId, plate: '渝A12345' })], {
      expectedRevision: 'no_stream',
    });
  }
  for (let revision = 1; revision < 5; revision += 1) {
    for (const caseId of ['k1', 'k2', 'k3']) {
      const data = revision === 1 ? { photoId: `p-${caseId}`, sha256: PHOTO_SHA } : { step: revision };
      await store.append(`case-${caseId}`, [event(revision === 1 ? 'PhotoAttached' : 'Step', data)], {
        expectedRevision: revision - 1,
      });
    }
  }
  await store.close();
  await blobs.close();
  return dataDir;
}

async function audit(dataDir: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runAuditCli(['verify', ...argv], {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    env: { DATA_DIR: dataDir },
  });
  return { code, out, err };
}

function tamper(dataDir: string, change: (db: Database.Database) => void): void {
  const db = new Database(join(dataDir, 'events.sqlite'));
  try {
    change(db);
  } finally {
    db.close();
  }
}

describe('npm run audit -- verify, on a tampered SQLite event store', () => {
  it('finds an untouched store intact, with a progress bar', async () => {
    const dataDir = await workload();
    const { code, out, err } = await audit(dataDir, '--all');
    expect(code).toBe(0);
    expect(out).toBe('Audited 15 events in 3 streams and 3 photo originals: intact\n');
    expect(err).toMatch(/audit \[#+\] 100% 15\/15 events/);
  });

  it('reports one changed byte of one event’s data with its stream and revision', async () => {
    const dataDir = await workload();
    tamper(dataDir, (db) =>
      db
        .prepare("UPDATE events SET data = replace(data, '渝A12345', '渝A12346') WHERE stream_id = ? AND revision = 0")
        .run('case-k2'),
    );
    const { code, out } = await audit(dataDir);
    expect(code).toBe(1);
    expect(out.split('\n').slice(1, -1)).toEqual([
      'case-k2, revision 0, position 2: hash does not match the content: the event was altered',
    ]);
  });

  it('reports a deleted event, in the middle of a stream or at its end', async () => {
    const dataDir = await workload();
    const deleteEvent = (streamId: string, revision: number) =>
      tamper(dataDir, (db) =>
        db.prepare('DELETE FROM events WHERE stream_id = ? AND revision = ?').run(streamId, revision),
      );
    deleteEvent('case-k1', 2);
    deleteEvent('case-k3', 4);
    const { code, out } = await audit(dataDir, '--all');
    expect(code).toBe(1);
    expect(out.split('\n').slice(1, -1)).toEqual([
      '$all, position 7: position 7 is missing: events were deleted',
      'case-k1, revision 3, position 10: expected revision 2: an event is missing or out of order',
      'case-k1, revision 3, position 10: prevHash does not match the previous event',
      '$all, position 15: position 15 is missing: events were deleted',
    ]);
  });

  it('reports two swapped events of a stream at both revisions', async () => {
    const dataDir = await workload();
    tamper(dataDir, (db) => {
      const read = db.prepare<
        [string, number],
        { position: number; event_id: string; type: string; data: string; metadata: string }
      >('SELECT position, event_id, type, data, metadata FROM events WHERE stream_id = ? AND revision = ?');
      const write = db.prepare('UPDATE events SET event_id = ?, type = ?, data = ?, metadata = ? WHERE position = ?');
      db.transaction(() => {
        const second = read.get('case-k2', 2)!;
        const third = read.get('case-k2', 3)!;
        write.run('swapping', third.type, third.data, third.metadata, second.position);
        write.run(second.event_id, second.type, second.data, second.metadata, third.position);
        db.prepare('UPDATE events SET event_id = ? WHERE position = ?').run(third.event_id, second.position);
      })();
    });
    const { code, out } = await audit(dataDir, '--case', 'k2');
    expect(code).toBe(1);
    expect(out.split('\n').slice(1, -1)).toEqual([
      'case-k2, revision 2, position 8: prevHash does not match the previous event',
      'case-k2, revision 2, position 8: hash does not match the content: the event was altered',
      'case-k2, revision 3, position 11: prevHash does not match the previous event',
      'case-k2, revision 3, position 11: hash does not match the content: the event was altered',
      // The event after the pair still points at the hash that used to precede it.
      'case-k2, revision 4, position 14: prevHash does not match the previous event',
    ]);
  });

  it('reports a photo original that was changed on disk', async () => {
    const dataDir = await workload();
    writeFileSync(join(dataDir, 'blobs', PHOTO_SHA.slice(0, 2), PHOTO_SHA), 'other bytes');
    const { code, out } = await audit(dataDir, '--case', 'k3');
    expect(code).toBe(1);
    expect(out.split('\n').slice(1, -1)).toEqual([
      'case-k3, revision 1, position 6: photo p-k3: original no longer matches its SHA-256',
    ]);
  });

  it('says where it looked when there is no event store, and creates none', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'qc-audit-cli-'));
    const { code, err } = await audit(empty);
    expect(code).toBe(2);
    expect(err).toBe(`No event store at ${join(empty, 'events.sqlite')}: set DATA_DIR to the folder the server uses\n`);
    expect(existsSync(join(empty, 'events.sqlite'))).toBe(false);
  });

  it('explains its usage on a wrong command', async () => {
    const { code, err } = await audit(mkdtempSync(join(tmpdir(), 'qc-audit-cli-')), '--case');
    expect(code).toBe(2);
    expect(err).toContain('--case needs a case id');
  });
});

/** Case k1's claim for party A, as the claims process names it, with an assessment and a payout. */
const CLAIM_K1 = `claim-${derivedId('claim', 'k1', 'A')}`;

async function withClaim(dataDir: string): Promise<void> {
  const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
  await store.append(
    CLAIM_K1,
    [
      event('ClaimOpened', { caseId: 'k1', party: 'A' }),
      event('DamageAssessed', { lineItems: [{ description: '前保险杠', amountFen: 180_000 }], totalFen: 180_000 }),
      event('PayoutRequested', { payoutId: 'pay-1', amountFen: 180_000 }),
    ],
    { expectedRevision: 'no_stream' },
  );
  await store.close();
}

/** Signs a checkpoint of the store as the server would, with the development key under DATA_DIR. */
async function checkpointOf(dataDir: string, key?: KeyObject): Promise<string> {
  const privateKey = key ?? generateKeyPairSync('ed25519').privateKey;
  if (!key) {
    writeFileSync(join(dataDir, DEVELOPMENT_AUDIT_KEY_FILE), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  }
  const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
  const signed = await takeCheckpoint(store, {
    privateKey,
    clock: new FixedClock('2026-11-22T09:00:00.000Z'),
    ids: new SequentialIdGenerator('0000c0de'),
  });
  await store.close();
  const file = join(dataDir, 'checkpoint.json');
  writeFileSync(file, JSON.stringify(signed));
  return file;
}

const changeClaimLine = (db: Database.Database) =>
  db
    .prepare(
      "UPDATE events SET data = json_set(data, '$.lineItems[0].amountFen', 980000) WHERE stream_id = ? AND revision = 1",
    )
    .run(CLAIM_K1);

describe('npm run audit -- verify --case: the whole case, its claims and payouts included', () => {
  it('finds a case with its claim intact, and counts the claim stream', async () => {
    const dataDir = await workload();
    await withClaim(dataDir);
    const { code, out } = await audit(dataDir, '--case', 'k1');
    expect(code).toBe(0);
    expect(out).toBe('Audited 8 events in 2 streams and 1 photo originals: intact\n');
  });

  it('reports a claim line changed in the SQLite file, under the case', async () => {
    const dataDir = await workload();
    await withClaim(dataDir);
    tamper(dataDir, changeClaimLine);
    const { code, out } = await audit(dataDir, '--case', 'k1');
    expect(code).toBe(1);
    expect(out.split('\n').slice(1, -1)).toEqual([
      `${CLAIM_K1}, revision 1, position 17: hash does not match the content: the event was altered`,
    ]);
  });

  it('reports a deleted last event of the case, which no chain can show', async () => {
    const dataDir = await workload();
    tamper(dataDir, (db) => db.prepare('DELETE FROM events WHERE stream_id = ? AND revision = 4').run('case-k3'));
    const { code, out } = await audit(dataDir, '--case', 'k3');
    expect(code).toBe(1);
    expect(out.split('\n').slice(1, -1)).toEqual([
      "case-k3, position 15: position 15 is missing after this stream's last event (position 12): its last event may have been deleted",
    ]);
  });

  it('names the one case that lost its last event once a checkpoint recorded the heads', async () => {
    const dataDir = await workload();
    await checkpointOf(dataDir);
    tamper(dataDir, (db) => db.prepare('DELETE FROM events WHERE stream_id = ? AND revision = 4').run('case-k3'));
    const k3 = await audit(dataDir, '--case', 'k3');
    expect(k3.code).toBe(1);
    expect(k3.out.split('\n').slice(1, -1)).toEqual([
      'case-k3, revision 4, position 15: the checkpoint of 2026-11-22T09:00:00.000Z recorded this stream up to revision 4: events at its end were deleted',
    ]);
    const k1 = await audit(dataDir, '--case', 'k1');
    expect(k1.code).toBe(0);
  });
});

describe('npm run audit -- verify --checkpoint FILE', () => {
  it('proves a store unchanged since a signed checkpoint, events after it included', async () => {
    const dataDir = await workload();
    await withClaim(dataDir);
    const file = await checkpointOf(dataDir);
    const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
    await store.append('case-k1', [event('Step', { step: 5 })], { expectedRevision: 4 });
    await store.close();
    const { code, out } = await audit(dataDir, '--checkpoint', file);
    expect(code).toBe(0);
    expect(out).toBe('Audited 18 events in 4 streams and 0 photo originals: intact\n');
  });

  it('reports a changed claim line and a deleted last event before the checkpoint', async () => {
    const dataDir = await workload();
    await withClaim(dataDir);
    const file = await checkpointOf(dataDir);
    tamper(dataDir, (db) => {
      changeClaimLine(db);
      db.prepare('DELETE FROM events WHERE stream_id = ? AND revision = 4').run('case-k3');
    });
    const { code, out } = await audit(dataDir, '--checkpoint', file);
    expect(code).toBe(1);
    expect(out.split('\n').slice(1, -1)).toEqual([
      '$all, position 15: position 15 is missing: deleted after the checkpoint was signed',
      `${CLAIM_K1}, revision 1, position 17: hash does not match the content: the event was altered`,
      'case-k3, revision 4, position 15: the checkpoint recorded revision 4, the store ends at revision 3: events were deleted',
    ]);
  });

  it('refuses a checkpoint whose heads were edited, or that another key signed', async () => {
    const dataDir = await workload();
    const file = await checkpointOf(dataDir);
    const signed = JSON.parse(readFileSync(file, 'utf8')) as SignedCheckpoint;
    signed.checkpoint.heads['case-k2']!.revision = 3;
    writeFileSync(file, JSON.stringify(signed));
    const edited = await audit(dataDir, '--checkpoint', file);
    expect(edited.code).toBe(1);
    expect(edited.out).toContain('the signature does not match the checkpoint');

    const other = await checkpointOf(dataDir, generateKeyPairSync('ed25519').privateKey);
    const foreign = await audit(dataDir, '--checkpoint', other);
    expect(foreign.code).toBe(1);
    expect(foreign.out).toMatch(/the checkpoint was signed by key [0-9a-f]{64}, not by the trusted key/);
  });

  it('says what is wrong with a file that is no checkpoint', async () => {
    const dataDir = await workload();
    const file = join(dataDir, 'not-a-checkpoint.json');
    writeFileSync(file, '{"hello":1}');
    const { code, err } = await audit(dataDir, '--checkpoint', file);
    expect(code).toBe(2);
    expect(err).toBe(`--checkpoint: ${file} is not a QuickClaim audit checkpoint\n`);
  });
});
