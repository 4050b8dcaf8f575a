import type { Clock } from './clock/clock.port';
import type { Actor, AppendResult, EventStore, RecordedEvent } from './event-store/event-store.port';
import { ConcurrencyError } from './event-store/event-store.errors';
import type { IdGenerator } from './ids/id-generator.port';

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

export interface CommandHandlingOptions<State> {
  /**
   * Called with the folded state before deciding; throws to refuse the caller. The object rules
   * of a route are applied here, to the state the command is decided on, so a command reads its
   * stream once.
   */
  authorize?: (state: State) => void;
}

export const SCHEMA_VERSION = 1;
const MAX_ATTEMPTS = 4;

/**
 * Load, decide, append with the expected revision. A concurrent writer makes the append fail;
 * then the command is decided again on the fresh state, so commands that do not really conflict
 * both succeed and those that do are refused by the decider with a domain reason.
 */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  deps: { eventStore: EventStore; clock: Clock; ids: IdGenerator },
  streamId: string,
  decider: StreamDecider<Command, Event, State>,
  command: Command,
  context: CommandContext,
  options: CommandHandlingOptions<State> = {},
): Promise<CommandOutcome<Event, State>> {
  for (let attempt = 1; ; attempt += 1) {
    const recorded = await deps.eventStore.readStream(streamId);
    const state = recorded.map(toDomainEvent<Event>).reduce(decider.evolve, decider.initialState);
    options.authorize?.(state);
    const events = decider.decide(command, state);
    const currentRevision = recorded.length - 1;
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
      if (!(error instanceof ConcurrencyError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

export function toDomainEvent<Event extends DomainEvent>(recorded: RecordedEvent): Event {
  return { type: recorded.type, data: recorded.data } as unknown as Event;
}

function lastPosition(recorded: readonly RecordedEvent[]): number {
  return recorded.length > 0 ? recorded[recorded.length - 1]!.position : -1;
}
