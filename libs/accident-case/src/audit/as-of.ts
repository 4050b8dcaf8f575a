import { ProblemException } from '@quickclaim/http';
import type { RecordedEvent } from '@quickclaim/platform';
import { verifyChain } from '@quickclaim/platform/eventsourcing';

/** The events of a stream up to a revision, or up to a moment, or all of them. */
export function asOfFilter(asOf: { revision?: number; at?: string }): (event: RecordedEvent) => boolean {
  return (event) =>
    asOf.revision !== undefined
      ? event.revision <= asOf.revision
      : asOf.at !== undefined
        ? Date.parse(event.metadata.recordedAt) <= Date.parse(asOf.at)
        : true;
}

/**
 * The events up to a revision or a moment; a revision the stream never reached is refused rather
 * than answered with the latest (a replay "as of revision 99" must not silently mean "now").
 */
export function eventsAsOf(
  events: readonly RecordedEvent[],
  asOf: { revision?: number; at?: string },
  what: 'case' | 'claim',
): RecordedEvent[] {
  const last = events[events.length - 1];
  if (asOf.revision !== undefined && last && asOf.revision > last.revision) {
    throw new ProblemException(
      404,
      'NO_STATE_AT_THAT_POINT',
      `The ${what} has no revision ${asOf.revision}: its last is ${last.revision}`,
    );
  }
  return events.filter(asOfFilter(asOf));
}

/** A stream's events as the audit shows them, each with its metadata, and whether its chain holds. */
export function auditTrail(
  streamId: string,
  events: readonly RecordedEvent[],
  dataOf: (event: RecordedEvent) => unknown = (event) => event.data,
) {
  const verification = verifyChain(events);
  return {
    streamId,
    events: events.map((event) => ({
      revision: event.revision,
      position: event.position,
      eventId: event.metadata.eventId,
      type: event.type,
      data: dataOf(event),
      actor: event.metadata.actor,
      recordedAt: event.metadata.recordedAt,
      correlationId: event.metadata.correlationId,
      causationId: event.metadata.causationId,
      prevHash: event.metadata.prevHash,
      hash: event.metadata.hash,
    })),
    chainValid: verification.valid,
    problems: verification.problems,
  };
}
