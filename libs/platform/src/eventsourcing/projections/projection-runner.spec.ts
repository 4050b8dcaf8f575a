import { FixedClock } from '../../ports/clock.port';
import type { EventToAppend } from '../../ports/event-store.port';
import { testEvent, testEventId } from '../../contracts/test-events';
import { InMemoryEventStore } from '../../memory/in-memory.event-store';
import { InMemoryReadStore } from '../../memory/in-memory.read-store';
import type { ReadDocument, ReadStore } from '../../ports/read-store.port';
import { alreadyApplied, documentProjection, idInStream, type Projection } from './projection';
import { ProjectionRunner, RebuildInProgressError } from './projection-runner';

interface Tally extends ReadDocument {
  events: number;
  types: string[];
}

/** Counts the events of each stream; refuses events of type `Poison`. */
function tallies(name = 'tallies'): Projection {
  return documentProjection<Tally>({
    schema: { projection: name, version: 1, collections: [{ name: 'streams', indexes: [{ keys: { events: 1 } }] }] },
    collection: 'streams',
    idOf: (event) => idInStream(event.streamId, 's-'),
    evolve(document, event) {
      if (alreadyApplied(document, event)) return document;
      if (event.type === 'Poison') throw new Error('cannot digest this');
      return {
        _id: event.streamId.slice(2),
        lastPosition: event.position,
        events: (document?.events ?? 0) + 1,
        types: [...(document?.types ?? []), event.type],
      };
    },
  });
}

let eventNumber = 0;
const event = (type = 'Happened'): EventToAppend => {
  eventNumber += 1;
  return testEvent(type, { n: eventNumber }, { eventId: testEventId(eventNumber) });
};

const clock = new FixedClock('2026-11-22T08:00:00.000Z');
const streams = { projection: 'tallies', collection: 'streams' };

async function fill(store: InMemoryEventStore, stream: string, count: number, type?: string): Promise<number> {
  let position = -1;
  for (let index = 0; index < count; index += 1) {
    position = (await store.append(`s-${stream}`, [event(type)], { expectedRevision: 'any' })).position;
  }
  return position;
}

describe('projection runner', () => {
  let runners: ProjectionRunner[] = [];
  const running = async (
    eventStore: InMemoryEventStore,
    readStore: ReadStore,
    projections: Projection[] = [tallies()],
    batchSize = 7,
  ) => {
    const runner = new ProjectionRunner(eventStore, readStore, projections, { clock, batchSize, retryMs: 20 });
    runners.push(runner);
    await runner.start();
    return runner;
  };
  afterEach(async () => {
    await Promise.all(runners.map((runner) => runner.stop()));
    runners = [];
  });

  it('feeds the read models in batches and lets a query wait for a position', async () => {
    const eventStore = new InMemoryEventStore();
    const readStore = new InMemoryReadStore({ forbidCollectionScans: true, freezeDocuments: true });
    await fill(eventStore, 'a', 20);
    const runner = await running(eventStore, readStore);
    const last = await fill(eventStore, 'b', 3);
    expect(await runner.waitFor(last, 2000)).toBe(true);
    expect(runner.currentPosition()).toBe(last);
    expect(await readStore.get<Tally>(streams, 'a')).toMatchObject({ events: 20 });
    expect(await readStore.get<Tally>(streams, 'b')).toMatchObject({ events: 3, lastPosition: last });
    expect(await readStore.checkpoint('tallies')).toMatchObject({ position: last });
    expect(await runner.waitFor(last + 100, 30)).toBe(false);
  });

  it('records an event it cannot apply, skips it and goes on', async () => {
    const eventStore = new InMemoryEventStore();
    const readStore = new InMemoryReadStore();
    await fill(eventStore, 'a', 2);
    const poison = await fill(eventStore, 'a', 1, 'Poison');
    const last = await fill(eventStore, 'a', 2);
    const runner = await running(eventStore, readStore);
    expect(await runner.waitFor(last, 2000)).toBe(true);
    expect(await readStore.get<Tally>(streams, 'a')).toMatchObject({ events: 4 });
    const [state] = await runner.states();
    expect(state).toMatchObject({ name: 'tallies', position: last, lag: 0, failureCount: 1 });
    expect(state?.failures).toEqual([
      { position: poison, streamId: 's-a', eventType: 'Poison', message: 'cannot digest this' },
    ]);
  });

  it('resumes from the stored checkpoint and applies nothing twice', async () => {
    const eventStore = new InMemoryEventStore();
    const readStore = new InMemoryReadStore();
    const first = await running(eventStore, readStore);
    const middle = await fill(eventStore, 'a', 10);
    expect(await first.waitFor(middle, 2000)).toBe(true);
    await first.stop();
    const last = await fill(eventStore, 'a', 5);
    const second = await running(eventStore, readStore);
    expect(await second.waitFor(last, 2000)).toBe(true);
    expect(await readStore.get<Tally>(streams, 'a')).toMatchObject({ events: 15 });
  });

  it('pauses while the read store fails and resumes without losing an event', async () => {
    const eventStore = new InMemoryEventStore();
    const inner = new InMemoryReadStore();
    let failures = 3;
    const flaky: ReadStore = Object.create(inner, {
      write: {
        value: async (...args: Parameters<ReadStore['write']>) => {
          if (failures > 0) {
            failures -= 1;
            throw new Error('connection reset');
          }
          return inner.write(...args);
        },
      },
    });
    const runner = await running(eventStore, flaky);
    const last = await fill(eventStore, 'a', 12);
    expect(await runner.waitFor(last, 3000)).toBe(true);
    expect(failures).toBe(0);
    expect(await inner.get<Tally>(streams, 'a')).toMatchObject({ events: 12 });
  });

  it('rebuilds into a fresh copy while events keep coming, and swaps it in only once caught up', async () => {
    const eventStore = new InMemoryEventStore();
    const readStore = new InMemoryReadStore({ freezeDocuments: true });
    await fill(eventStore, 'a', 30);
    const runner = await running(eventStore, readStore);
    expect(await runner.waitFor(await eventStore.headPosition(), 2000)).toBe(true);
    const before = await readStore.checkpoint('tallies');
    const seen: number[] = [];
    const rebuilt = runner.rebuild('tallies', (progress) => seen.push(progress.events));
    const during = await fill(eventStore, 'b', 4);
    expect(await readStore.get<Tally>(streams, 'a')).toMatchObject({ events: 30 });
    const result = await rebuilt;
    const last = await fill(eventStore, 'c', 1);
    expect(await runner.waitFor(last, 2000)).toBe(true);
    expect(result).toMatchObject({ projection: 'tallies', swapped: true, failures: 0 });
    expect(result.position).toBeGreaterThanOrEqual(30);
    expect(seen.length).toBeGreaterThan(0);
    const after = await readStore.checkpoint('tallies');
    expect(after?.generation).not.toBe(before?.generation);
    expect(after?.position).toBe(last);
    expect(await readStore.get<Tally>(streams, 'a')).toMatchObject({ events: 30 });
    expect(await readStore.get<Tally>(streams, 'b')).toMatchObject({ events: 4, lastPosition: during });
    expect(await readStore.get<Tally>(streams, 'c')).toMatchObject({ events: 1 });
    await expect(runner.rebuild('nope')).rejects.toThrow('No projection named nope');
  });

  it('refuses a second rebuild of a model while the first runs', async () => {
    const eventStore = new InMemoryEventStore();
    const readStore = new InMemoryReadStore();
    await fill(eventStore, 'a', 50);
    const runner = await running(eventStore, readStore);
    const first = runner.rebuild('tallies');
    expect(runner.isRebuilding('tallies')).toBe(true);
    await expect(runner.rebuild('tallies')).rejects.toBeInstanceOf(RebuildInProgressError);
    await first;
    expect(runner.isRebuilding('tallies')).toBe(false);
  });

  it('follows a copy that another process swapped in', async () => {
    const eventStore = new InMemoryEventStore();
    const readStore = new InMemoryReadStore();
    const live = await running(eventStore, readStore);
    expect(await live.waitFor(await fill(eventStore, 'a', 5), 2000)).toBe(true);
    const elsewhere = new ProjectionRunner(eventStore, readStore, [tallies()], { clock });
    await elsewhere.rebuild('tallies');
    const last = await fill(eventStore, 'a', 3);
    expect(await live.waitFor(last, 3000)).toBe(true);
    expect(await readStore.get<Tally>(streams, 'a')).toMatchObject({ events: 8 });
  });

  it('waits for a position in the stored checkpoints when another process feeds the read models', async () => {
    const eventStore = new InMemoryEventStore();
    const readStore = new InMemoryReadStore();
    const reader = new ProjectionRunner(eventStore, readStore, [tallies()], { clock });
    await reader.follow();
    const last = await fill(eventStore, 'a', 5);
    const waiting = reader.waitFor(last, 3000, ['tallies']);
    await running(eventStore, readStore);
    expect(await waiting).toBe(true);
    expect(reader.currentPosition()).toBe(last);
  });
});
