import { ConcurrencyError, EventIdConflictError } from '../ports/event-store.errors';
import type { AppendResult, EventToAppend, ExpectedRevision } from '../ports/event-store.port';

/** Refuses an append whose expectation does not hold; `current` is -1 for an absent stream. */
export function checkExpectedRevision(streamId: string, expected: ExpectedRevision, current: number): void {
  const holds =
    expected === 'any' ||
    (expected === 'no_stream' && current === -1) ||
    (expected === 'stream_exists' && current >= 0) ||
    expected === current;
  if (!holds) {
    throw new ConcurrencyError(streamId, String(expected), current === -1 ? 'no_stream' : String(current));
  }
}

export interface AlreadyRecorded {
  streamId: string;
  revision: number;
  position: number;
}

/**
 * An append whose event ids are all recorded already, consecutively in the same stream and in
 * the same order, is a retry: it answers what the first append answered and records nothing.
 * Any other reuse of a recorded id is refused.
 */
export function judgeRetry(
  streamId: string,
  events: readonly EventToAppend[],
  recorded: readonly (AlreadyRecorded | undefined)[],
): AppendResult | null {
  const found = recorded.filter((entry): entry is AlreadyRecorded => entry !== undefined);
  if (found.length === 0) return null;
  const isSameBatch =
    found.length === events.length &&
    found.every((entry, index) => entry.streamId === streamId && entry.revision === found[0]!.revision + index);
  if (!isSameBatch) {
    const reused = events[recorded.findIndex((entry) => entry !== undefined)]!;
    throw new EventIdConflictError(streamId, reused.eventId);
  }
  const last = found[found.length - 1]!;
  return { nextExpectedRevision: last.revision, position: last.position };
}

export function checkBatch(streamId: string, events: readonly EventToAppend[]): void {
  const ids = new Set<string>();
  for (const event of events) {
    if (ids.has(event.eventId)) throw new EventIdConflictError(streamId, event.eventId);
    ids.add(event.eventId);
  }
}
