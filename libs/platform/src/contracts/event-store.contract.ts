import { randomUUID } from 'node:crypto';
import { ConcurrencyError, EventIdConflictError } from '../ports/event-store.errors';
import type { EventStore, EventToAppend, RecordedEvent } from '../ports/event-store.port';
import { GENESIS_HASH, verifyChain } from '../eventsourcing/hash-chain';
import { testEvent } from './test-events';

/**
 * What every event store adapter must do. Stream ids are unique per test so the suite can run
 * against a shared server whose `$all` already holds other events: assertions about `$all` look
 * only at this test's streams, after positions captured in the test.
 */
export function describeEventStoreContract(name: string, makeStore: () => Promise<EventStore>): void {
  describe(`${name} event store contract`, () => {
    let store: EventStore;

    beforeEach(async () => {
      store = await makeStore();
    });

    afterEach(async () => {
      await store.close();
    });

    const streamName = (prefix = 'contract') => `${prefix}-${randomUUID()}`;

    const event = (type = 'SomethingHappened', data: Record<string, unknown> = { value: 1 }): EventToAppend =>
      testEvent(type, data);

    const ids = (events: readonly RecordedEvent[]) => events.map((recorded) => recorded.eventId);

    describe('optimistic concurrency', () => {
      it("creates a stream with 'no_stream' and refuses it once the stream exists", async () => {
        const stream = streamName();
        const result = await store.append(stream, [event()], { expectedRevision: 'no_stream' });
        expect(result.nextExpectedRevision).toBe(0);
        await expect(store.append(stream, [event()], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(
          ConcurrencyError,
        );
      });

      it('appends at the exact revision and refuses a stale one', async () => {
        const stream = streamName();
        await store.append(stream, [event(), event()], { expectedRevision: 'no_stream' });
        expect((await store.append(stream, [event()], { expectedRevision: 1 })).nextExpectedRevision).toBe(2);
        await expect(store.append(stream, [event()], { expectedRevision: 1 })).rejects.toBeInstanceOf(ConcurrencyError);
        await expect(store.append(streamName(), [event()], { expectedRevision: 0 })).rejects.toBeInstanceOf(
          ConcurrencyError,
        );
        expect(await store.readStream(stream)).toHaveLength(3);
      });

      it("appends with 'any' whatever the revision, and 'stream_exists' only to an existing stream", async () => {
        const stream = streamName();
        await store.append(stream, [event()], { expectedRevision: 'any' });
        await store.append(stream, [event()], { expectedRevision: 'any' });
        await expect(
          store.append(streamName(), [event()], { expectedRevision: 'stream_exists' }),
        ).rejects.toBeInstanceOf(ConcurrencyError);
        expect(
          (await store.append(stream, [event()], { expectedRevision: 'stream_exists' })).nextExpectedRevision,
        ).toBe(2);
      });

      it('lets exactly one of two writers at the same revision win', async () => {
        const stream = streamName();
        await store.append(stream, [event()], { expectedRevision: 'no_stream' });
        const results = await Promise.allSettled([
          store.append(stream, [event('First')], { expectedRevision: 0 }),
          store.append(stream, [event('Second')], { expectedRevision: 0 }),
        ]);
        expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
        const rejected = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
        expect(rejected.reason).toBeInstanceOf(ConcurrencyError);
        expect(await store.readStream(stream)).toHaveLength(2);
      });
    });

    describe('idempotent appends', () => {
      it('records nothing twice when an append is retried with the same event ids', async () => {
        const stream = streamName();
        const batch = [event(), event()];
        const first = await store.append(stream, batch, { expectedRevision: 'no_stream' });
        const retry = await store.append(stream, batch, { expectedRevision: 'no_stream' });
        expect(retry).toEqual(first);
        expect(ids(await store.readStream(stream))).toEqual(batch.map((appended) => appended.eventId));
      });

      it('still recognises a retry after the stream moved on', async () => {
        const stream = streamName();
        const batch = [event()];
        const first = await store.append(stream, batch, { expectedRevision: 'no_stream' });
        await store.append(stream, [event()], { expectedRevision: 0 });
        expect(await store.append(stream, batch, { expectedRevision: 'no_stream' })).toEqual(first);
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('refuses a recorded event id inside another batch, recording none of that batch', async () => {
        const stream = streamName();
        const recorded = event();
        await store.append(stream, [recorded], { expectedRevision: 'no_stream' });
        await expect(store.append(stream, [event(), recorded], { expectedRevision: 0 })).rejects.toBeInstanceOf(
          EventIdConflictError,
        );
        expect(await store.readStream(stream)).toHaveLength(1);
      });
    });

    describe('atomic batches', () => {
      it('records all events of a batch in order, with consecutive revisions', async () => {
        const stream = streamName();
        const batch = [event('One'), event('Two'), event('Three')];
        await store.append(stream, batch, { expectedRevision: 'no_stream' });
        const read = await store.readStream(stream);
        expect(read.map((recorded) => [recorded.revision, recorded.type])).toEqual([
          [0, 'One'],
          [1, 'Two'],
          [2, 'Three'],
        ]);
      });

      it('records nothing of a batch that repeats an event id within itself', async () => {
        const stream = streamName();
        const repeated = event();
        await expect(
          store.append(stream, [event(), repeated, repeated], { expectedRevision: 'no_stream' }),
        ).rejects.toBeInstanceOf(EventIdConflictError);
        expect(await store.readStream(stream)).toEqual([]);
      });
    });

    describe('concurrent appends', () => {
      it('records 32 writers on different streams at once, each with its own answer and a valid chain', async () => {
        const streams = Array.from({ length: 32 }, () => streamName('writer'));
        const first = await Promise.all(
          streams.map((stream) => store.append(stream, [event('One')], { expectedRevision: 'no_stream' })),
        );
        const second = await Promise.all(
          streams.map((stream) => store.append(stream, [event('Two'), event('Three')], { expectedRevision: 0 })),
        );
        expect(first.map((result) => result.nextExpectedRevision)).toEqual(streams.map(() => 0));
        expect(second.map((result) => result.nextExpectedRevision)).toEqual(streams.map(() => 2));
        const positions = new Set([...first, ...second].map((result) => result.position));
        expect(positions.size).toBe(64);
        for (const [index, stream] of streams.entries()) {
          const read = await store.readStream(stream);
          expect(read.map((recorded) => recorded.type)).toEqual(['One', 'Two', 'Three']);
          expect(read[0]!.position).toBe(first[index]!.position);
          expect(read[2]!.position).toBe(second[index]!.position);
          expect(verifyChain(read).valid).toBe(true);
        }
      });

      it('refuses only the appends that break a rule when they arrive together with good ones', async () => {
        const [good, stale, reused, otherGood] = [streamName(), streamName(), streamName(), streamName()];
        const recorded = event('Recorded');
        await store.append(stale, [event()], { expectedRevision: 'no_stream' });
        await store.append(reused, [recorded], { expectedRevision: 'no_stream' });
        const results = await Promise.allSettled([
          store.append(good, [event('Good')], { expectedRevision: 'no_stream' }),
          store.append(stale, [event('Stale')], { expectedRevision: 'no_stream' }),
          store.append(reused, [event('Fresh'), recorded], { expectedRevision: 0 }),
          store.append(otherGood, [event('AlsoGood')], { expectedRevision: 'any' }),
        ]);
        expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
        expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
        expect((results[2] as PromiseRejectedResult).reason).toBeInstanceOf(EventIdConflictError);
        expect((await store.readStream(good)).map((read) => read.type)).toEqual(['Good']);
        expect((await store.readStream(otherGood)).map((read) => read.type)).toEqual(['AlsoGood']);
        expect(await store.readStream(stale)).toHaveLength(1);
        expect(await store.readStream(reused)).toHaveLength(1);
      });

      it('lets exactly one of many writers at the same revision win, the rest refused, the chain intact', async () => {
        const stream = streamName();
        await store.append(stream, [event()], { expectedRevision: 'no_stream' });
        const results = await Promise.allSettled(
          Array.from({ length: 8 }, (_, index) => store.append(stream, [event(`W${index}`)], { expectedRevision: 0 })),
        );
        expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
        for (const result of results.filter((settled) => settled.status === 'rejected')) {
          expect((result as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
        }
        const read = await store.readStream(stream);
        expect(read).toHaveLength(2);
        expect(verifyChain(read).valid).toBe(true);
      });

      it("chains appends with 'any' to one stream that arrive together, in consecutive revisions", async () => {
        const stream = streamName();
        const results = await Promise.all(
          Array.from({ length: 6 }, (_, index) =>
            store.append(stream, [event(`A${index}`)], { expectedRevision: 'any' }),
          ),
        );
        expect(results.map((result) => result.nextExpectedRevision).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
        const read = await store.readStream(stream);
        expect(read.map((recorded) => recorded.revision)).toEqual([0, 1, 2, 3, 4, 5]);
        expect(verifyChain(read).valid).toBe(true);
      });

      it('records a batch once when it is retried while the first attempt is still in flight', async () => {
        const stream = streamName();
        const batch = [event(), event()];
        const [first, retry] = await Promise.all([
          store.append(stream, batch, { expectedRevision: 'no_stream' }),
          store.append(stream, batch, { expectedRevision: 'no_stream' }),
        ]);
        expect(retry).toEqual(first);
        expect(ids(await store.readStream(stream))).toEqual(batch.map((appended) => appended.eventId));
      });
    });

    describe('reading a stream', () => {
      it('reads forwards and backwards from a revision, at most maxCount', async () => {
        const stream = streamName();
        await store.append(
          stream,
          ['A', 'B', 'C', 'D'].map((type) => event(type)),
          { expectedRevision: 'no_stream' },
        );
        const types = (events: RecordedEvent[]) => events.map((recorded) => recorded.type);
        expect(types(await store.readStream(stream, { fromRevision: 1, maxCount: 2 }))).toEqual(['B', 'C']);
        expect(types(await store.readStream(stream, { direction: 'backwards' }))).toEqual(['D', 'C', 'B', 'A']);
        expect(types(await store.readStream(stream, { direction: 'backwards', fromRevision: 2, maxCount: 2 }))).toEqual(
          ['C', 'B'],
        );
        expect(types(await store.readStream(stream, { direction: 'backwards', maxCount: 1 }))).toEqual(['D']);
      });

      it('reads an absent stream as empty', async () => {
        expect(await store.readStream(streamName())).toEqual([]);
      });

      it('keeps data and metadata, sealed into a valid hash chain', async () => {
        const stream = streamName();
        const first = event('Reported', { nested: { b: 2, a: [1, 'two'] }, text: '张三' });
        await store.append(stream, [first], { expectedRevision: 'no_stream' });
        await store.append(stream, [event('Joined')], { expectedRevision: 0 });
        const [read, second] = await store.readStream(stream);
        expect(read).toMatchObject({
          streamId: stream,
          revision: 0,
          eventId: first.eventId,
          type: 'Reported',
          data: first.data,
        });
        expect(read!.metadata).toMatchObject({ ...first.metadata, eventId: first.eventId, prevHash: GENESIS_HASH });
        expect(read!.metadata.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(second!.metadata.prevHash).toBe(read!.metadata.hash);
        expect(verifyChain(await store.readStream(stream))).toEqual({ valid: true, problems: [] });
      });
    });

    describe('reading $all', () => {
      it('orders events of all streams by strictly increasing position, after a position, at most maxCount', async () => {
        const start = await store.headPosition();
        const [left, right] = [streamName('left'), streamName('right')];
        await store.append(left, [event('L1')], { expectedRevision: 'no_stream' });
        await store.append(right, [event('R1'), event('R2')], { expectedRevision: 'no_stream' });
        const appended = await store.append(left, [event('L2')], { expectedRevision: 0 });
        const ours = (await store.readAll(start >= 0 ? { after: start } : {})).filter((recorded) =>
          [left, right].includes(recorded.streamId),
        );
        expect(ours.map((recorded) => recorded.type)).toEqual(['L1', 'R1', 'R2', 'L2']);
        const positions = ours.map((recorded) => recorded.position);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
        expect(new Set(positions).size).toBe(4);
        expect(appended.position).toBe(positions[3]);
        expect(await store.headPosition()).toBeGreaterThanOrEqual(positions[3]!);
        const afterSecond = await store.readAll({ after: positions[1]!, maxCount: 1 });
        expect(afterSecond[0]?.position).toBeGreaterThan(positions[1]!);
        expect(afterSecond).toHaveLength(1);
      });

      it('issues dense positions when it says it does: every issued position holds one event', async () => {
        if (!store.issuedPositions) {
          expect(store.issuedPositions).toBeUndefined();
          return;
        }
        const stream = streamName('dense');
        await store.append(stream, [event('D1'), event('D2')], { expectedRevision: 'no_stream' });
        await expect(store.append(stream, [event('D3')], { expectedRevision: 5 })).rejects.toBeInstanceOf(
          ConcurrencyError,
        );
        await store.append(stream, [event('D3')], { expectedRevision: 1 });
        const issued = await store.issuedPositions();
        const positions = (await store.readAll()).map((recorded) => recorded.position);
        expect(issued).not.toBeNull();
        expect(positions).toEqual(
          Array.from({ length: issued!.last - issued!.first + 1 }, (_, index) => issued!.first + index),
        );
      });
    });

    describe('subscribing to $all', () => {
      const collectUntil = (after: number | undefined, streams: string[], count: number, seen: RecordedEvent[]) =>
        new Promise<{ stop: () => Promise<void> }>((resolve) => {
          const subscription = store.subscribeToAll({
            ...(after !== undefined ? { after } : {}),
            onEvent: async (recorded) => {
              if (!streams.includes(recorded.streamId)) return;
              await new Promise((wait) => setTimeout(wait, 1));
              seen.push(recorded);
              if (seen.length === count) resolve(subscription);
            },
          });
        });

      it('catches up from a checkpoint, then delivers live events, in order', async () => {
        const start = await store.headPosition();
        const stream = streamName('live');
        await store.append(stream, [event('Before1'), event('Before2')], { expectedRevision: 'no_stream' });
        const seen: RecordedEvent[] = [];
        const done = collectUntil(start >= 0 ? start : undefined, [stream], 4, seen);
        await new Promise((wait) => setTimeout(wait, 20));
        await store.append(stream, [event('Live1')], { expectedRevision: 1 });
        await store.append(stream, [event('Live2')], { expectedRevision: 2 });
        const subscription = await done;
        await subscription.stop();
        expect(seen.map((recorded) => recorded.type)).toEqual(['Before1', 'Before2', 'Live1', 'Live2']);
      });

      it('resumes from its checkpoint without skipping or repeating', async () => {
        const start = await store.headPosition();
        const stream = streamName('resume');
        const appended = ['E1', 'E2', 'E3', 'E4', 'E5'].map((type) => event(type));
        await store.append(stream, appended.slice(0, 3), { expectedRevision: 'no_stream' });
        const firstRun: RecordedEvent[] = [];
        const first = await collectUntil(start >= 0 ? start : undefined, [stream], 2, firstRun);
        await first.stop();
        const checkpoint = firstRun[firstRun.length - 1]!.position;
        await store.append(stream, appended.slice(3), { expectedRevision: 2 });
        const secondRun: RecordedEvent[] = [];
        const second = await collectUntil(checkpoint, [stream], 3, secondRun);
        await second.stop();
        expect(ids([...firstRun.slice(0, 2), ...secondRun])).toEqual(
          appended.map((appendedEvent) => appendedEvent.eventId),
        );
      });
    });
  });
}
