import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  excludeSystemEvents,
  jsonEvent,
  type AllStreamResolvedEvent,
  type Position,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { checkBatch, checkExpectedRevision } from '../eventsourcing/append-rules';
import { ConcurrencyError, EventIdConflictError, EventStoreUnavailableError } from '../ports/event-store.errors';
import type {
  AppendResult,
  EventMetadata,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
  Subscription,
} from '../ports/event-store.port';
import { GENESIS_HASH, sealEvents } from '../eventsourcing/hash-chain';

const MAX_CHAIN_ATTEMPTS = 5;

/**
 * EventStoreDB / KurrentDB through @eventstore/db-client. To chain hashes the adapter reads the
 * stream's last event and appends with exactly that revision; when the caller asked for 'any' or
 * 'stream_exists' a concurrent writer only means reading again, so the chain never forks.
 * Our position is the event's commit position in the transaction log.
 */
export class EsdbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;

  constructor(connectionString: string) {
    this.client = EventStoreDBClient.connectionString(connectionString);
  }

  async append(
    streamId: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    checkBatch(streamId, events);
    for (let attempt = 1; ; attempt += 1) {
      const [last] = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 });
      const current = last?.revision ?? -1;
      const retry = await this.findRetry(streamId, events, current);
      if (retry) return retry;
      checkExpectedRevision(streamId, options.expectedRevision, current);
      if (events.length === 0) return { nextExpectedRevision: current, position: last?.position ?? -1 };
      const sealed = sealEvents(streamId, current + 1, last?.metadata.hash ?? GENESIS_HASH, events);
      try {
        const result = await this.client.appendToStream(
          streamId,
          sealed.map((event) =>
            jsonEvent({
              id: event.eventId,
              type: event.type,
              data: toJson(event.data),
              metadata: toJson(event.metadata),
            }),
          ),
          { expectedRevision: current === -1 ? NO_STREAM : BigInt(current) },
        );
        return {
          nextExpectedRevision: Number(result.nextExpectedRevision),
          position: result.position ? Number(result.position.commit) : -1,
        };
      } catch (error) {
        const mayRetry = typeof options.expectedRevision !== 'number' && options.expectedRevision !== 'no_stream';
        if (error instanceof WrongExpectedVersionError) {
          if (mayRetry && attempt < MAX_CHAIN_ATTEMPTS) continue;
          throw new ConcurrencyError(streamId, String(options.expectedRevision), String(error.actualVersion));
        }
        throw translate(error);
      }
    }
  }

  /** A batch whose ids are the stream's newest events is a retry of an append that already happened. */
  private async findRetry(
    streamId: string,
    events: readonly EventToAppend[],
    current: number,
  ): Promise<AppendResult | null> {
    if (events.length === 0 || current < 0) return null;
    const tail = await this.readStream(streamId, { direction: 'backwards', maxCount: 200 });
    const ids = new Map(tail.map((event) => [event.eventId, event]));
    const found = events.map((event) => ids.get(event.eventId));
    if (found.every((event) => event === undefined)) return null;
    const sameBatch =
      found.every((event) => event !== undefined) &&
      found.every((event, index) => event!.revision === found[0]!.revision + index);
    if (!sameBatch) throw new EventIdConflictError(streamId, events[found.findIndex((event) => event)]!.eventId);
    const lastOfBatch = found[found.length - 1]!;
    return { nextExpectedRevision: lastOfBatch.revision, position: lastOfBatch.position };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    try {
      const read = this.client.readStream(streamId, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: options.fromRevision !== undefined ? BigInt(options.fromRevision) : backwards ? END : START,
        ...(options.maxCount !== undefined ? { maxCount: options.maxCount } : {}),
      });
      const events: RecordedEvent[] = [];
      for await (const resolved of read) {
        const event = toRecorded(resolved);
        if (event) events.push(event);
      }
      return events;
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw translate(error);
    }
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after;
    const wanted = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const events: RecordedEvent[] = [];
    try {
      const read = this.client.readAll({
        direction: FORWARDS,
        fromPosition: after !== undefined ? toPosition(after) : START,
      });
      for await (const resolved of read) {
        const event = toRecorded(resolved);
        if (!event || (after !== undefined && event.position <= after)) continue;
        events.push(event);
        if (events.length >= wanted) break;
      }
      return events;
    } catch (error) {
      throw translate(error);
    }
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    const subscription = this.client.subscribeToAll({
      fromPosition: options.after !== undefined ? toPosition(options.after) : START,
      filter: excludeSystemEvents(),
    });
    const done = (async () => {
      try {
        for await (const resolved of subscription) {
          const event = toRecorded(resolved);
          if (!event || (options.after !== undefined && event.position <= options.after)) continue;
          await options.onEvent(event);
        }
      } catch (error) {
        options.onError?.(translate(error));
      }
    })();
    return {
      stop: async () => {
        await subscription.unsubscribe();
        await done;
      },
    };
  }

  async headPosition(): Promise<number> {
    try {
      for await (const resolved of this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 100 })) {
        const event = toRecorded(resolved);
        if (event) return event.position;
      }
      return -1;
    } catch (error) {
      throw translate(error);
    }
  }

  async ping(): Promise<void> {
    await this.headPosition();
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}

function toPosition(position: number): Position {
  return { commit: BigInt(position), prepare: BigInt(position) };
}

/** Our events only: system events and streams ($…) and non-JSON events are not ours. */
function toRecorded(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | null {
  const event = resolved.event;
  if (!event || !event.isJson || event.type.startsWith('$') || event.streamId.startsWith('$')) return null;
  const metadata = event.metadata as unknown as EventMetadata | undefined;
  if (!metadata || typeof metadata.hash !== 'string') return null;
  return {
    streamId: event.streamId,
    revision: Number(event.revision),
    position: event.position ? Number(event.position.commit) : -1,
    eventId: event.id,
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata,
  };
}

function toJson(value: object): Parameters<typeof jsonEvent>[0]['data'] {
  return JSON.parse(JSON.stringify(value)) as Parameters<typeof jsonEvent>[0]['data'];
}

function translate(error: unknown): Error {
  if (error instanceof ConcurrencyError || error instanceof EventIdConflictError) return error;
  if (error instanceof WrongExpectedVersionError) {
    return new ConcurrencyError(error.streamName, String(error.expectedVersion), String(error.actualVersion));
  }
  return new EventStoreUnavailableError(error instanceof Error ? error.message : String(error), { cause: error });
}
