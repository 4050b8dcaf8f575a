import type { ReadDocument, ReadStore, RecordedEvent } from '@quickclaim/platform';
import { applyEvents, type Projection } from '@quickclaim/platform/eventsourcing';

/**
 * given(recorded events).then(document) for a pure projection `evolve(document, event)`;
 * `whenDeliveredTwice()` replays every event a second time, which must change nothing.
 */
export function ProjectionSpecification<Document, Event>(
  evolve: (document: Document, event: Event) => Document,
  initial: Document,
) {
  return {
    given(events: Event[]) {
      const fold = (delivered: Event[]) => delivered.reduce(evolve, initial);
      return {
        then(expected: Document | ((document: Document) => void)) {
          const document = fold(events);
          if (typeof expected === 'function') (expected as (document: Document) => void)(document);
          else expect(document).toEqual(expected);
        },
        thenDuplicatesChangeNothing() {
          expect(fold(events.flatMap((event) => [event, event]))).toEqual(fold(events));
          expect(fold([...events, ...events])).toEqual(fold(events));
        },
      };
    },
  };
}

/**
 * Feeds recorded events to a projection over a read store, as the runner does (in batches), so a
 * test can query the read model the way the API does.
 */
export async function project(
  store: ReadStore,
  projection: Projection,
  events: readonly RecordedEvent[],
  batchSize = 50,
): Promise<void> {
  let { generation, position } = await store.open(projection.schema);
  for (let start = 0; start < events.length; start += batchSize) {
    const outcome = await applyEvents(store, projection, generation, position, events.slice(start, start + batchSize));
    if (!outcome) continue;
    if (outcome.failures.length > 0) throw new Error(`${projection.name} failed: ${JSON.stringify(outcome.failures)}`);
    await store.saveCheckpoint(projection.name, generation, outcome.position, []);
    ({ generation, position } = (await store.checkpoint(projection.name))!);
  }
}

/** Every document of a read model by collection, then id. */
export type ReadModelDocuments = Map<string, Map<string, ReadDocument>>;

function foldProjection(projection: Projection, events: readonly RecordedEvent[]): ReadModelDocuments {
  const documents: ReadModelDocuments = new Map(
    projection.schema.collections.map((collection) => [collection.name, new Map<string, ReadDocument>()]),
  );
  const read = (collection: string, id: string) => documents.get(collection)?.get(id) ?? null;
  for (const event of events) {
    for (const change of projection.apply(event, read)) {
      const collection = documents.get(change.collection)!;
      if (change.document) collection.set(change.id, change.document);
      else collection.delete(change.id);
    }
  }
  return documents;
}

/** given(recorded events).then(documents) for a read model of several collections, pure as `apply` is. */
export function ReadModelSpecification(projection: Projection) {
  return {
    given(events: readonly RecordedEvent[]) {
      return {
        then(check: (documents: ReadModelDocuments) => void) {
          check(foldProjection(projection, events));
        },
        thenDuplicatesChangeNothing() {
          const once = foldProjection(projection, events);
          expect(
            foldProjection(
              projection,
              events.flatMap((event) => [event, event]),
            ),
          ).toEqual(once);
          expect(foldProjection(projection, [...events, ...events])).toEqual(once);
        },
      };
    },
  };
}
