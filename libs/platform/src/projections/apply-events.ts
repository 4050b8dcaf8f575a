import type { RecordedEvent } from '../event-store/event-store.port';
import type { DocumentWrite, ProjectionFailure, ReadDocument, ReadStore } from '../read-store/read-store.port';
import type { DocumentChange, DocumentKey, Projection } from './projection';

/** What `read` throws when `apply` asks for a document the batch has not loaded yet. */
const NOT_LOADED = Symbol('NOT_LOADED');
/** More second-level lookups than this for one event is a projection bug, not a need. */
const MAX_LOOKUPS = 16;

export interface BatchOutcome {
  /** The position of the batch's last event: the projection's new checkpoint. */
  position: number;
  failures: ProjectionFailure[];
  documentsWritten: number;
}

/**
 * Applies a batch of events to one copy of one read model: loads every document the batch names
 * in one query per collection, folds the events in order over those documents, then writes each
 * changed document once. An event the projection cannot apply is recorded as a failure and
 * skipped; it never stops the batch. Events at or before `after` are skipped.
 */
export async function applyEvents(
  store: ReadStore,
  projection: Projection,
  generation: number,
  after: number,
  events: readonly RecordedEvent[],
): Promise<BatchOutcome | null> {
  const last = events[events.length - 1];
  if (!last || last.position <= after) return null;
  const first = events.findIndex((event) => event.position > after);
  const relevant = first === 0 ? events : events.slice(first);

  const cache = new Map<string, Map<string, ReadDocument | null>>();
  for (const collection of projection.schema.collections) cache.set(collection.name, new Map());
  const wanted = new Map<string, Set<string>>();
  for (const event of relevant) {
    for (const key of safeKeys(projection, event)) {
      const ids = wanted.get(key.collection) ?? new Set<string>();
      ids.add(key.id);
      wanted.set(key.collection, ids);
    }
  }
  for (const [collection, ids] of wanted) await load(store, projection, generation, cache, collection, [...ids]);

  let missing: DocumentKey | null = null;
  const read = (collection: string, id: string): ReadDocument | null => {
    const documents = cache.get(collection);
    if (!documents) throw new Error(`${projection.name} declares no collection ${collection}`);
    const document = documents.get(id);
    if (document !== undefined) return document;
    missing = { collection, id };
    throw NOT_LOADED;
  };

  const failures: ProjectionFailure[] = [];
  const dirty = new Map<string, { change: DocumentChange; position: number }>();
  for (const event of relevant) {
    let changes: readonly DocumentChange[] | null = null;
    for (let lookups = 0; changes === null; lookups += 1) {
      missing = null;
      try {
        changes = projection.apply(event, read);
      } catch (error) {
        const wantedKey = missing as DocumentKey | null;
        if (error === NOT_LOADED && wantedKey && lookups < MAX_LOOKUPS) {
          await load(store, projection, generation, cache, wantedKey.collection, [wantedKey.id]);
          continue;
        }
        failures.push(failureOf(event, error === NOT_LOADED ? new Error('too many document lookups') : error));
        break;
      }
    }
    if (changes === null) continue;
    const invalid = changes.find(
      ({ id, document }) => document !== null && (document._id !== id || document.lastPosition !== event.position),
    );
    if (invalid) {
      failures.push(failureOf(event, new Error(`document ${invalid.id} does not carry the event's id and position`)));
      continue;
    }
    for (const change of changes) {
      cache.get(change.collection)!.set(change.id, change.document);
      dirty.set(`${change.collection}\u0000${change.id}`, { change, position: event.position });
    }
  }

  const writes: DocumentWrite[] = [];
  for (const { change, position } of dirty.values()) {
    writes.push(
      change.document
        ? { kind: 'upsert', collection: change.collection, document: change.document }
        : { kind: 'delete', collection: change.collection, id: change.id, position },
    );
  }
  if (writes.length > 0) await store.write(projection.name, generation, writes);
  return { position: last.position, failures, documentsWritten: writes.length };
}

function safeKeys(projection: Projection, event: RecordedEvent): readonly DocumentKey[] {
  try {
    return projection.keysOf(event);
  } catch {
    // apply() meets the same event and records the failure.
    return [];
  }
}

async function load(
  store: ReadStore,
  projection: Projection,
  generation: number,
  cache: Map<string, Map<string, ReadDocument | null>>,
  collection: string,
  ids: string[],
): Promise<void> {
  const documents = cache.get(collection);
  if (!documents) return;
  const absent = ids.filter((id) => !documents.has(id));
  if (absent.length === 0) return;
  const found = await store.find(
    { projection: projection.name, collection },
    { _id: absent.length === 1 ? absent[0] : { $in: absent } },
    {},
    generation,
  );
  for (const id of absent) documents.set(id, null);
  for (const document of found) documents.set(document._id, document);
}

function failureOf(event: RecordedEvent, error: unknown): ProjectionFailure {
  return {
    position: event.position,
    streamId: event.streamId,
    eventType: event.type,
    message: error instanceof Error ? error.message : String(error),
  };
}
