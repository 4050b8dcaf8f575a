import type { RecordedEvent } from '../../ports/event-store.port';
import type { ReadDocument, ReadModelSchema } from '../../ports/read-store.port';

export interface DocumentKey {
  collection: string;
  id: string;
}

/** A document's new version after an event; null removes it. */
export interface DocumentChange {
  collection: string;
  id: string;
  document: ReadDocument | null;
}

/** Reads the current version of a document while an event is applied; null when absent. */
export type ReadDocuments = (collection: string, id: string) => ReadDocument | null;

/**
 * A read model fed from `$all`. Both functions are pure: the runner loads the documents `keysOf`
 * names for a whole batch at once, then calls `apply` event by event. An event `keysOf` names no
 * document for means nothing to the model: `apply` is not called for it. `apply` may read a
 * document it did not name (a second-level lookup): the runner then loads it and calls `apply`
 * again, so `apply` must not catch what `read` throws. Every document `apply` returns carries the
 * event's position as its `lastPosition`.
 */
export interface Projection {
  readonly name: string;
  readonly schema: ReadModelSchema;
  keysOf(event: RecordedEvent): readonly DocumentKey[];
  apply(event: RecordedEvent, read: ReadDocuments): readonly DocumentChange[];
  /** Set by `documentProjection`: the runner then takes a shorter path to the same result. */
  readonly perDocument?: PerDocument<ReadDocument>;
}

/** A read model whose every event concerns at most one document of one collection. */
export interface PerDocument<D extends ReadDocument> {
  collection: string;
  idOf(event: RecordedEvent): string | null;
  evolve(document: D | null, event: RecordedEvent): D | null;
}

/**
 * The usual shape: each event concerns at most one document of one collection, and the read model
 * is a pure `evolve(document, event)` that returns the document unchanged (the same object) when
 * the event means nothing to it, including an event at or before the document's `lastPosition`.
 */
export function documentProjection<D extends ReadDocument>(
  definition: PerDocument<D> & { schema: ReadModelSchema },
): Projection {
  const { schema, collection, idOf, evolve } = definition;
  return {
    name: schema.projection,
    schema,
    perDocument: { collection, idOf, evolve: evolve as PerDocument<ReadDocument>['evolve'] },
    keysOf(event) {
      const id = idOf(event);
      return id === null ? [] : [{ collection, id }];
    },
    apply(event, read) {
      const id = idOf(event);
      if (id === null) return [];
      const before = read(collection, id) as D | null;
      const after = evolve(before, event);
      return after === before ? [] : [{ collection, id, document: after }];
    },
  };
}

/** The guard every evolve starts with: an event at or before what the document has seen is a duplicate. */
export function alreadyApplied(document: ReadDocument | null, event: RecordedEvent): boolean {
  return document !== null && event.position <= document.lastPosition;
}

/** The id in a stream id such as `case-<id>`, or null for a stream of another kind. */
export function idInStream(streamId: string, prefix: string): string | null {
  return streamId.startsWith(prefix) ? streamId.slice(prefix.length) : null;
}

/**
 * The default of a switch over a context's event types: the compiler checks that every known type
 * has its case, and an event of a type recorded by a newer version changes nothing at run time.
 */
export function unknownEventType<T>(_event: never, unchanged: T): T {
  return unchanged;
}
