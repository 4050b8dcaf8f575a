import type { EventStore, EventToAppend, RecordedEvent } from '../ports/event-store.port';
import { testEvent, testEventId } from '../contracts/test-events';
import { InMemoryEventStore } from '../memory/in-memory.event-store';
import { InMemoryBlobStore } from '../memory/in-memory.blob-store';
import { auditEventStore, auditStream, describeProblem } from './event-store-audit';
import { createHash } from 'node:crypto';

const event = (type: string, data: Record<string, unknown>, id: number): EventToAppend =>
  testEvent(type, data, { eventId: testEventId(id) });

async function workload(): Promise<RecordedEvent[]> {
  const store = new InMemoryEventStore();
  await store.append('case-1', [event('Reported', { n: 1 }, 1), event('Joined', { n: 2 }, 2)], {
    expectedRevision: 'no_stream',
  });
  await store.append('case-2', [event('Reported', { n: 3 }, 3)], { expectedRevision: 'no_stream' });
  await store.append('case-1', [event('Photo', { sha256: sha('photo') }, 4), event('Declared', { n: 5 }, 5)], {
    expectedRevision: 1,
  });
  return store.readAll();
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** A store over a list we can tamper with, issuing dense positions like SQLite. */
function storeOf(events: RecordedEvent[], issuedLast = 4): EventStore {
  const sorted = () => [...events].sort((left, right) => left.position - right.position);
  return {
    readAll: async ({ after, maxCount } = {}) =>
      sorted()
        .filter((candidate) => candidate.position > (after ?? -1))
        .slice(0, maxCount),
    readStream: async (streamId) =>
      events.filter((candidate) => candidate.streamId === streamId).sort((l, r) => l.revision - r.revision),
    headPosition: async () => Math.max(-1, ...events.map((candidate) => candidate.position)),
    issuedPositions: async () => ({ first: 0, last: issuedLast }),
  } as Pick<EventStore, 'readAll' | 'readStream' | 'headPosition' | 'issuedPositions'> as EventStore;
}

const photos = (recorded: RecordedEvent) =>
  recorded.type === 'Photo' ? [{ label: 'photo', sha256: String(recorded.data.sha256) }] : [];

describe('auditing a whole event store', () => {
  it('finds nothing wrong with an untouched store, and counts what it checked', async () => {
    const blobs = new InMemoryBlobStore();
    await blobs.put(sha('photo'), Buffer.from('photo'), 'image/jpeg');
    const progress: number[] = [];
    const report = await auditEventStore(storeOf(await workload()), {
      blobs,
      contentReferences: photos,
      batchSize: 2,
      onProgress: ({ position }) => progress.push(position),
    });
    expect(report).toEqual({ streams: 2, events: 5, blobs: 1, problems: [] });
    expect(progress).toEqual([1, 3, 4]);
  });

  it('names the stream and revision of an altered event', async () => {
    const events = await workload();
    events[1] = { ...events[1]!, data: { n: 20 } };
    const report = await auditEventStore(storeOf(events));
    expect(report.problems.map(describeProblem)).toEqual([
      'case-1, revision 1, position 1: hash does not match the content: the event was altered',
    ]);
  });

  it('sees an event deleted from the middle of a stream, and where', async () => {
    const events = (await workload()).filter((candidate) => candidate.position !== 1);
    const report = await auditEventStore(storeOf(events));
    expect(report.problems.map(describeProblem)).toEqual([
      '$all, position 1: position 1 is missing: events were deleted',
      'case-1, revision 2, position 3: expected revision 1: an event is missing or out of order',
      'case-1, revision 2, position 3: prevHash does not match the previous event',
    ]);
  });

  it('sees the last event of the store deleted, which no stream chain can show', async () => {
    const events = (await workload()).filter((candidate) => candidate.position !== 4);
    const report = await auditEventStore(storeOf(events));
    expect(report.problems.map(describeProblem)).toEqual([
      '$all, position 4: position 4 is missing: events were deleted',
    ]);
  });

  it('sees two events of a stream swapped', async () => {
    const events = await workload();
    const [second, third] = [events[3]!, events[4]!];
    events[3] = { ...third, revision: second.revision, position: second.position };
    events[4] = { ...second, revision: third.revision, position: third.position };
    const report = await auditEventStore(storeOf(events));
    expect(report.problems.map((problem) => [problem.streamId, problem.revision])).toEqual([
      ['case-1', 2],
      ['case-1', 2],
      ['case-1', 3],
      ['case-1', 3],
    ]);
  });

  it('re-hashes referenced originals: a changed or missing one is a problem of its event', async () => {
    const blobs = new InMemoryBlobStore();
    await blobs.put(sha('photo'), Buffer.from('phot0'), 'image/jpeg');
    const store = storeOf(await workload());
    const changed = await auditStream(store, 'case-1', { blobs, contentReferences: photos });
    expect(changed.problems.map(describeProblem)).toEqual([
      'case-1, revision 2, position 3: photo: original no longer matches its SHA-256',
    ]);
    const missing = await auditStream(store, 'case-1', { blobs: new InMemoryBlobStore(), contentReferences: photos });
    expect(missing.problems.map(describeProblem)).toEqual([
      'case-1, revision 2, position 3: photo: original is missing',
    ]);
  });
});
