import type { ReadStreamOptions, RecordedEvent } from '../ports/event-store.port';

/** The part of one stream (ordered by revision) that a read asks for, forwards or backwards. */
export function readStreamSlice(stream: readonly RecordedEvent[], options: ReadStreamOptions): RecordedEvent[] {
  const maxCount = options.maxCount ?? Number.POSITIVE_INFINITY;
  if (options.direction === 'backwards') {
    const from = Math.min(options.fromRevision ?? stream.length - 1, stream.length - 1);
    const result: RecordedEvent[] = [];
    for (let revision = from; revision >= 0 && result.length < maxCount; revision -= 1) result.push(stream[revision]!);
    return result;
  }
  const from = Math.max(options.fromRevision ?? 0, 0);
  return stream.slice(from, maxCount === Number.POSITIVE_INFINITY ? undefined : from + maxCount);
}
