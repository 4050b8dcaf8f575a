import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEventStoreContract } from './event-store.contract';
import type { EventToAppend, RecordedEvent } from './event-store.port';
import { verifyChain } from './hash-chain';
import { SqliteEventStore } from './sqlite.event-store';

const temporaryFile = () => join(mkdtempSync(join(tmpdir(), 'qc-events-')), 'events.sqlite');

describeEventStoreContract('SQLite', async () => new SqliteEventStore(temporaryFile()));

const event = (type: string): EventToAppend => ({
  eventId: randomUUID(),
  type,
  data: { type },
  metadata: {
    correlationId: 'c',
    causationId: 'c',
    actor: { sub: 'driver-a', role: 'driver' },
    recordedAt: '2026-11-22T08:00:00.000Z',
    schemaVersion: 1,
  },
});

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
