import type { Clock } from '../ports/clock.port';
import type { Actor, AppendResult, EventStore, RecordedEvent } from '../ports/event-store.port';
import { ConcurrencyError } from '../ports/event-store.errors';
import type { IdGenerator } from '../ports/id-generator.port';

export interface DomainEvent {
  type: string;
  data: object;
}

export interface StreamDecider<Command, Event extends DomainEvent, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState: State;
}

export interface CommandContext {
  actor: Actor;
  correlationId: string;
  /** What caused this command: a request id, or the id of the event a process reacted to. */
  causationId: string;
}

export interface CommandOutcome<Event, State = unknown> {
  events: Event[];
  /** The aggregate's state after the command. */
  state: State;
  /** Revision of the stream's last event after the command; -1 when the stream is still absent. */
  revision: number;
  /** Global position the read side must reach to reflect this command; -1 when nothing was ever written. */
  position: number;
}

/**
 * Turns an event as recorded, whatever `metadata.schemaVersion` wrote it, into the domain event
 * the decider folds today: each context owns one, so an old event shape is translated once, at
 * the edge, and the decider only ever knows the current one.
 */
export type Upcaster<Event extends DomainEvent> = (recorded: RecordedEvent) => Event;

/** The stream a command is about, as folded for it. */
export interface FoldedStream {
  streamId: string;
  /** Revision of the stream's last event; -1 when the stream does not exist. */
  revision: number;
}

export interface HandleCommandOptions<Event extends DomainEvent, State> {
  /**
   * Checked against the state just folded, before deciding, on every attempt: throw to refuse
   * the command (an object rule of the access policy, say). The stream is read once for both.
   */
  authorize?: (state: State, stream: FoldedStream) => void | Promise<void>;
  /** How recorded events become domain events; by default their type and data as they are. */
  upcast?: Upcaster<Event>;
}

/** How a command waits before deciding again after a concurrent writer won the append. */
export interface ConflictBackoff {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** The longest pause after the first conflict; each later conflict doubles it, up to `maxMs`. */
  baseMs: number;
  maxMs: number;
  /** In [0, 1): which part of the longest pause to take ("full jitter", so retries spread out). */
  random(): number;
  pause(ms: number): Promise<void>;
}

export const DEFAULT_CONFLICT_BACKOFF: ConflictBackoff = {
  maxAttempts: 4,
  baseMs: 5,
  maxMs: 100,
  random: Math.random,
  pause: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface CommandDependencies {
  eventStore: EventStore;
  clock: Clock;
  ids: IdGenerator;
  backoff?: ConflictBackoff;
}

export const SCHEMA_VERSION = 1;

/**
 * Load, (authorize,) decide, append with the expected revision. A concurrent writer makes the
 * append fail; then, after a short jittered pause, the command is decided again on the fresh
 * state, so commands that do not really conflict both succeed and those that do are refused by
 * the decider with a domain reason. Each attempt reads the stream exactly once.
 */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  deps: CommandDependencies,
  streamId: string,
  decider: StreamDecider<Command, Event, State>,
  command: Command,
  context: CommandContext,
  options: HandleCommandOptions<Event, State> = {},
): Promise<CommandOutcome<Event, State>> {
  const backoff = deps.backoff ?? DEFAULT_CONFLICT_BACKOFF;
  const upcast = options.upcast ?? toDomainEvent<Event>;
  for (let attempt = 1; ; attempt += 1) {
    const recorded = await deps.eventStore.readStream(streamId);
    const state = recorded.map((event) => upcast(event)).reduce(decider.evolve, decider.initialState);
    const currentRevision = recorded.length - 1;
    await options.authorize?.(state, { streamId, revision: currentRevision });
    const events = decider.decide(command, state);
    if (events.length === 0) {
      return { events, state, revision: currentRevision, position: lastPosition(recorded) };
    }
    try {
      const result: AppendResult = await deps.eventStore.append(
        streamId,
        events.map((event) => ({
          eventId: deps.ids.uuid(),
          type: event.type,
          data: event.data as Record<string, unknown>,
          metadata: {
            correlationId: context.correlationId,
            causationId: context.causationId,
            actor: context.actor,
            recordedAt: deps.clock.now().toISOString(),
            schemaVersion: SCHEMA_VERSION,
          },
        })),
        { expectedRevision: currentRevision < 0 ? 'no_stream' : currentRevision },
      );
      return {
        events,
        state: events.reduce(decider.evolve, state),
        revision: result.nextExpectedRevision,
        position: result.position,
      };
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || attempt >= backoff.maxAttempts) throw error;
      await backoff.pause(conflictPauseMs(backoff, attempt));
    }
  }
}

/** The pause after the `attempt`-th conflict: a random part of base × 2^(attempt − 1), capped. */
export function conflictPauseMs(
  backoff: Pick<ConflictBackoff, 'baseMs' | 'maxMs' | 'random'>,
  attempt: number,
): number {
  const longest = Math.min(backoff.maxMs, backoff.baseMs * 2 ** (attempt - 1));
  return Math.floor(backoff.random() * longest);
}

export function toDomainEvent<Event extends DomainEvent>(recorded: RecordedEvent): Event {
  return { type: recorded.type, data: recorded.data } as unknown as Event;
}

function lastPosition(recorded: readonly RecordedEvent[]): number {
  return recorded.length > 0 ? recorded[recorded.length - 1]!.position : -1;
}
