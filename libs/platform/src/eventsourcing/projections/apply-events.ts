import type { RecordedEvent } from '../../ports/event-store.port';
import type { DocumentWrite, ProjectionFailure, ReadDocument, ReadStore } from '../../ports/read-store.port';
import type { DocumentChange, DocumentKey, PerDocument, Projection } from './projection';

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
  if (projection.perDocument) {
    return applyToDocuments(store, projection.name, projection.perDocument, generation, relevant, last.position);
  }

  const cache = new Map<string, Map<string, ReadDocument | null>>();
  for (const collection of projection.schema.collections) cache.set(collection.name, new Map());
  const wanted = new Map<string, Set<string>>();
  // The events that concern this model; the others are not even given to apply().
  const concerning: RecordedEvent[] = [];
  for (const event of relevant) {
    const keys = safeKeys(projection, event);
    if (keys.length === 0) continue;
    concerning.push(event);
    for (const key of keys) {
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
  const dirty = new Map<string, Map<string, { document: ReadDocument | null; position: number }>>();
  for (const event of concerning) {
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
    if (changes === null || changes.length === 0) continue;
    const invalid = invalidChange(changes, event.position);
    if (invalid) {
      failures.push(failureOf(event, new Error(`document ${invalid.id} does not carry the event's id and position`)));
      continue;
    }
    for (const change of changes) {
      cache.get(change.collection)!.set(change.id, change.document);
      let changed = dirty.get(change.collection);
      if (!changed) dirty.set(change.collection, (changed = new Map()));
      changed.set(change.id, { document: change.document, position: event.position });
    }
  }

  const writes: DocumentWrite[] = [];
  for (const [collection, changed] of dirty) {
    for (const [id, { document, position }] of changed) {
      writes.push(document ? { kind: 'upsert', collection, document } : { kind: 'delete', collection, id, position });
    }
  }
  if (writes.length > 0) await store.write(projection.name, generation, writes);
  return { position: last.position, failures, documentsWritten: writes.length };
}

/** One document of a batch: as stored before it, as folded so far, and whether an event changed it. */
interface Slot {
  id: string;
  document: ReadDocument | null;
  changed: boolean;
  /** The position of the last event that changed it (a deletion's guard). */
  position: number;
}

/**
 * The same fold for a read model of one document per event, without lookups: the replay's hot
 * path. Each event is paired with its document's slot once, so the fold itself looks nothing up.
 */
async function applyToDocuments(
  store: ReadStore,
  name: string,
  { collection, idOf, evolve }: PerDocument<ReadDocument>,
  generation: number,
  events: readonly RecordedEvent[],
  position: number,
): Promise<BatchOutcome> {
  // Per event: its document's slot, null for none, or why that could not be told.
  const slotOf: (Slot | null | { error: unknown })[] = new Array(events.length);
  const slots = new Map<string, Slot>();
  for (let index = 0; index < events.length; index += 1) {
    try {
      const id = idOf(events[index]!);
      if (id === null) {
        slotOf[index] = null;
        continue;
      }
      let slot = slots.get(id);
      if (!slot) slots.set(id, (slot = { id, document: null, changed: false, position: -1 }));
      slotOf[index] = slot;
    } catch (error) {
      slotOf[index] = { error };
    }
  }
  if (slots.size > 0) {
    const ids = [...slots.keys()];
    const found = await store.find(
      { projection: name, collection },
      { _id: ids.length === 1 ? ids[0] : { $in: ids } },
      {},
      generation,
    );
    for (const document of found) slots.get(document._id)!.document = document;
  }
  const failures: ProjectionFailure[] = [];
  for (let index = 0; index < events.length; index += 1) {
    const slot = slotOf[index];
    if (slot === null || slot === undefined) continue;
    const event = events[index]!;
    if (!('id' in slot)) {
      failures.push(failureOf(event, slot.error));
      continue;
    }
    const before = slot.document;
    let after: ReadDocument | null;
    try {
      after = evolve(before, event);
    } catch (error) {
      failures.push(failureOf(event, error));
      continue;
    }
    if (after === before) continue;
    if (after !== null && (after._id !== slot.id || after.lastPosition !== event.position)) {
      failures.push(failureOf(event, new Error(`document ${slot.id} does not carry the event's id and position`)));
      continue;
    }
    slot.document = after;
    slot.changed = true;
    slot.position = event.position;
  }
  const writes: DocumentWrite[] = [];
  for (const slot of slots.values()) {
    if (!slot.changed) continue;
    writes.push(
      slot.document
        ? { kind: 'upsert', collection, document: slot.document }
        : { kind: 'delete', collection, id: slot.id, position: slot.position },
    );
  }
  if (writes.length > 0) await store.write(name, generation, writes);
  return { position, failures, documentsWritten: writes.length };
}

function invalidChange(changes: readonly DocumentChange[], position: number): DocumentChange | null {
  for (const change of changes) {
    const { document } = change;
    if (document !== null && (document._id !== change.id || document.lastPosition !== position)) return change;
  }
  return null;
}

const UNKNOWN_KEYS: readonly DocumentKey[] = [{ collection: '', id: '' }];

function safeKeys(projection: Projection, event: RecordedEvent): readonly DocumentKey[] {
  try {
    return projection.keysOf(event);
  } catch {
    // A key that loads nothing: apply() meets the event and records why it cannot be applied.
    return UNKNOWN_KEYS;
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
