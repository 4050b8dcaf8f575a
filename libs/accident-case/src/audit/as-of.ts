import type { RecordedEvent } from '@quickclaim/platform';

/** The events of a stream up to a revision, or up to a moment, or all of them. */
export function asOfFilter(asOf: { revision?: number; at?: string }): (event: RecordedEvent) => boolean {
  return (event) =>
    asOf.revision !== undefined
      ? event.revision <= asOf.revision
      : asOf.at !== undefined
        ? Date.parse(event.metadata.recordedAt) <= Date.parse(asOf.at)
        : true;
}
