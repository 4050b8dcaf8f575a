import { FixedClock } from '../ports/clock.port';
import {
  conflictPauseMs,
  handleCommand,
  type CommandContext,
  type ConflictBackoff,
  type StreamDecider,
} from './command-handling';
import { ConcurrencyError } from '../ports/event-store.errors';
import type { EventToAppend, ReadStreamOptions, RecordedEvent } from '../ports/event-store.port';
import { testEvent, testEventId } from '../contracts/test-events';
import { InMemoryEventStore } from '../memory/in-memory.event-store';
import { SequentialIdGenerator } from '../ports/id-generator.port';

/** A tally that refuses to go over ten: enough of a decider to see what the shell does around it. */
type TallyCommand = { type: 'Add'; amount: number };
type TallyEvent = { type: 'Added'; data: { amount: number } };
interface TallyState {
  total: number;
  additions: number;
}

class OverTheLimit extends Error {}

const tally: StreamDecider<TallyCommand, TallyEvent, TallyState> = {
  initialState: { total: 0, additions: 0 },
  evolve: (state, event) => ({ total: state.total + event.data.amount, additions: state.additions + 1 }),
  decide(command, state) {
    if (command.amount === 0) return [];
    if (state.total + command.amount > 10) throw new OverTheLimit(`${state.total} + ${command.amount} is over ten`);
    return [{ type: 'Added', data: { amount: command.amount } }];
  },
};

const context: CommandContext = {
  actor: { sub: 'tester', role: 'system' },
  correlationId: 'correlation',
  causationId: 'cause',
};

/** Counts the reads of each stream, and lets a test slip another writer's event in after a read. */
class WatchedEventStore extends InMemoryEventStore {
  readonly reads: string[] = [];
  private afterRead: (() => Promise<void>)[] = [];

  override async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    this.reads.push(streamId);
    const events = await super.readStream(streamId, options);
    await this.afterRead.shift()?.();
    return events;
  }

  /** The next `count` reads are each followed by another writer adding `amount` to the stream. */
  concurrentWriterAfterReads(count: number, streamId: string, amount: number): void {
    for (let index = 0; index < count; index += 1) {
      this.afterRead.push(async () => {
        await this.append(streamId, [recorded({ amount })], { expectedRevision: 'any' });
      });
    }
  }
}

let eventNumber = 0;
function recorded(data: Record<string, unknown>, schemaVersion = 1): EventToAppend {
  eventNumber += 1;
  return testEvent('Added', data, { eventId: testEventId(eventNumber, 'ffffffff'), schemaVersion });
}

function backoffWithoutSleeping(random = 0.5): ConflictBackoff & { pauses: number[] } {
  const pauses: number[] = [];
  return {
    maxAttempts: 4,
    baseMs: 8,
    maxMs: 20,
    random: () => random,
    pause: async (ms) => void pauses.push(ms),
    pauses,
  };
}

function dependencies(eventStore: InMemoryEventStore, backoff = backoffWithoutSleeping()) {
  return { eventStore, clock: new FixedClock('2026-11-22T08:00:00.000Z'), ids: new SequentialIdGenerator(), backoff };
}

describe('handleCommand', () => {
  it('reads the stream once, folds it, decides and appends with the expected revision', async () => {
    const store = new WatchedEventStore();
    await store.append('tally-1', [recorded({ amount: 3 })], { expectedRevision: 'no_stream' });
    const outcome = await handleCommand(dependencies(store), 'tally-1', tally, { type: 'Add', amount: 4 }, context);
    expect(store.reads).toEqual(['tally-1']);
    expect(outcome).toMatchObject({ state: { total: 7, additions: 2 }, revision: 1 });
    const [, appended] = await store.readStream('tally-1');
    expect(appended?.metadata).toMatchObject({ actor: context.actor, correlationId: 'correlation', schemaVersion: 1 });
  });

  it('gives authorize the state it folded, on the same single read, before deciding', async () => {
    const store = new WatchedEventStore();
    await store.append('tally-1', [recorded({ amount: 3 })], { expectedRevision: 'no_stream' });
    const seen: unknown[] = [];
    await handleCommand(dependencies(store), 'tally-1', tally, { type: 'Add', amount: 1 }, context, {
      authorize: (state, stream) => void seen.push({ state, stream }),
    });
    expect(store.reads).toEqual(['tally-1']);
    expect(seen).toEqual([{ state: { total: 3, additions: 1 }, stream: { streamId: 'tally-1', revision: 0 } }]);
  });

  it('tells authorize when the stream does not exist yet', async () => {
    const store = new WatchedEventStore();
    const revisions: number[] = [];
    await handleCommand(dependencies(store), 'tally-new', tally, { type: 'Add', amount: 1 }, context, {
      authorize: (_state, stream) => void revisions.push(stream.revision),
    });
    expect(revisions).toEqual([-1]);
  });

  it('appends nothing and decides nothing when authorize refuses', async () => {
    const store = new WatchedEventStore();
    const decide = jest.spyOn(tally, 'decide');
    const refusal = new Error('not your tally');
    await expect(
      handleCommand(dependencies(store), 'tally-1', tally, { type: 'Add', amount: 1 }, context, {
        authorize: async () => {
          throw refusal;
        },
      }),
    ).rejects.toBe(refusal);
    expect(decide).not.toHaveBeenCalled();
    expect(await store.headPosition()).toBe(-1);
    decide.mockRestore();
  });

  it('after a concurrent writer, pauses, reads once more and decides again on the fresh state', async () => {
    const store = new WatchedEventStore();
    const backoff = backoffWithoutSleeping(0.5);
    store.concurrentWriterAfterReads(1, 'tally-1', 2);
    const authorized: number[] = [];
    const outcome = await handleCommand(
      dependencies(store, backoff),
      'tally-1',
      tally,
      { type: 'Add', amount: 5 },
      context,
      {
        authorize: (state) => void authorized.push(state.total),
      },
    );
    expect(store.reads).toEqual(['tally-1', 'tally-1']);
    expect(authorized).toEqual([0, 2]);
    expect(backoff.pauses).toEqual([4]);
    expect(outcome).toMatchObject({ state: { total: 7 }, revision: 1 });
  });

  it('lets the decider refuse what the concurrent writer made impossible', async () => {
    const store = new WatchedEventStore();
    store.concurrentWriterAfterReads(1, 'tally-1', 9);
    await expect(
      handleCommand(dependencies(store), 'tally-1', tally, { type: 'Add', amount: 5 }, context),
    ).rejects.toBeInstanceOf(OverTheLimit);
    expect(store.reads).toHaveLength(2);
  });

  it('gives up after the last attempt with the conflict, pausing longer each time up to the cap', async () => {
    const store = new WatchedEventStore();
    const backoff = backoffWithoutSleeping(0.99);
    store.concurrentWriterAfterReads(4, 'tally-1', 0);
    await expect(
      handleCommand(dependencies(store, backoff), 'tally-1', tally, { type: 'Add', amount: 1 }, context),
    ).rejects.toBeInstanceOf(ConcurrencyError);
    expect(store.reads).toHaveLength(4);
    expect(backoff.pauses).toEqual([7, 15, 19]);
  });

  it('folds what upcast makes of each recorded event, old schema versions included', async () => {
    const store = new WatchedEventStore();
    await store.append('tally-1', [recorded({ count: 2 }, 0), recorded({ amount: 3 })], {
      expectedRevision: 'no_stream',
    });
    const versions: number[] = [];
    const outcome = await handleCommand(dependencies(store), 'tally-1', tally, { type: 'Add', amount: 1 }, context, {
      upcast: (event): TallyEvent => {
        versions.push(event.metadata.schemaVersion);
        const data = event.data as { amount?: number; count?: number };
        return { type: 'Added', data: { amount: event.metadata.schemaVersion === 0 ? data.count! : data.amount! } };
      },
    });
    expect(versions).toEqual([0, 1]);
    expect(outcome.state).toEqual({ total: 6, additions: 3 });
  });
});

describe('the pause between attempts', () => {
  it('is a random part of a window that doubles from the base up to the cap', () => {
    const windows = [1, 2, 3, 4, 5].map((attempt) =>
      conflictPauseMs({ baseMs: 5, maxMs: 30, random: () => 0.999 }, attempt),
    );
    expect(windows).toEqual([4, 9, 19, 29, 29]);
    expect(conflictPauseMs({ baseMs: 5, maxMs: 30, random: () => 0 }, 3)).toBe(0);
  });
});
