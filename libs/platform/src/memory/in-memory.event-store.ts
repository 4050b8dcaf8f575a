import { checkBatch, checkExpectedRevision, judgeRetry, type AlreadyRecorded } from '../eventsourcing/append-rules';
import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  IssuedPositions,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
  Subscription,
} from '../ports/event-store.port';
import { GENESIS_HASH, sealEvents } from '../eventsourcing/hash-chain';
import { readStreamSlice } from '../eventsourcing/read-slice';
import { CatchUpSubscription } from '../eventsourcing/catch-up-subscription';

/** Events in arrays: for unit tests of handlers, and the contract suite's reference. */
export class InMemoryEventStore implements EventStore {
  private readonly all: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly byEventId = new Map<string, AlreadyRecorded>();
  private readonly listeners = new Set<() => void>();

  async append(
    streamId: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    checkBatch(streamId, events);
    const retry = judgeRetry(
      streamId,
      events,
      events.map((event) => this.byEventId.get(event.eventId)),
    );
    if (retry) return retry;
    const stream = this.streams.get(streamId) ?? [];
    const current = stream.length - 1;
    checkExpectedRevision(streamId, options.expectedRevision, current);
    if (events.length === 0) return { nextExpectedRevision: current, position: this.all.length - 1 };
    const sealed = sealEvents(streamId, current + 1, stream[current]?.metadata.hash ?? GENESIS_HASH, events);
    for (const event of sealed) {
      const recorded: RecordedEvent = { streamId, position: this.all.length, ...structuredClone(event) };
      this.all.push(recorded);
      stream.push(recorded);
      this.byEventId.set(recorded.eventId, { streamId, revision: recorded.revision, position: recorded.position });
    }
    this.streams.set(streamId, stream);
    for (const listener of this.listeners) listener();
    return { nextExpectedRevision: stream.length - 1, position: this.all.length - 1 };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return readStreamSlice(this.streams.get(streamId) ?? [], options).map((event) => structuredClone(event));
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const start = options.after === undefined ? 0 : options.after + 1;
    const end = options.maxCount === undefined ? undefined : start + options.maxCount;
    return this.all.slice(start, end).map((event) => structuredClone(event));
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    return new CatchUpSubscription(this, options, (wake) => {
      this.listeners.add(wake);
      return () => this.listeners.delete(wake);
    });
  }

  async headPosition(): Promise<number> {
    return this.all.length - 1;
  }

  async issuedPositions(): Promise<IssuedPositions | null> {
    return this.all.length > 0 ? { first: 0, last: this.all.length - 1 } : null;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
