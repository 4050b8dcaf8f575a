import type { ReadDocument, ReadStore } from '@quickclaim/platform';
import type { Projection } from '@quickclaim/platform/eventsourcing';

/**
 * Every document of every collection of a read model's live copy, in a stable order, as plain
 * JSON: what a rebuild must reproduce exactly.
 */
export async function snapshot(store: ReadStore, projection: Projection): Promise<Record<string, ReadDocument[]>> {
  const collections: Record<string, ReadDocument[]> = {};
  for (const { name } of projection.schema.collections) {
    const documents = await store.find({ projection: projection.name, collection: name }, {});
    collections[name] = documents
      .map((document) => JSON.parse(JSON.stringify(document)) as ReadDocument)
      .sort((left, right) => (left._id < right._id ? -1 : left._id > right._id ? 1 : 0));
  }
  return collections;
}
