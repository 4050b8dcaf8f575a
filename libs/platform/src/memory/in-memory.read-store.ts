import { MemoryCollection } from './memory-collection';
import {
  FAILURES_KEPT,
  UnindexedQueryError,
  type CollectionRef,
  type DocumentWrite,
  type Filter,
  type FindOptions,
  type ProjectionCheckpoint,
  type ProjectionFailure,
  type ReadDocument,
  type ReadModelSchema,
  type ReadStore,
} from '../ports/read-store.port';

export interface InMemoryReadStoreOptions {
  /** Refuse a filtered or sorted query that no declared index answers (tests and benchmarks). */
  forbidCollectionScans?: boolean;
  /**
   * Store deep-frozen copies, so code that mutates a document it read fails loudly (tests).
   * Without it the store keeps and returns the very objects the projections produced: they are
   * immutable values by contract, and copying them would cost more than the projections themselves.
   */
  freezeDocuments?: boolean;
}

interface Copy {
  generation: number;
  collections: Map<string, MemoryCollection>;
}

/**
 * The embedded read store: documents in memory, queried in MongoDB's query language (mingo), each
 * query answered from a declared index when one fits. Rebuilt by replay at start (ADR 3).
 */
export class InMemoryReadStore implements ReadStore {
  private readonly copies = new Map<string, Map<number, Copy>>();
  private readonly checkpointsByProjection = new Map<string, ProjectionCheckpoint>();
  private readonly lastGeneration = new Map<string, number>();

  constructor(private readonly options: InMemoryReadStoreOptions = {}) {}

  async open(schema: ReadModelSchema): Promise<ProjectionCheckpoint> {
    let checkpoint = this.checkpointsByProjection.get(schema.projection);
    if (!checkpoint) {
      checkpoint = {
        projection: schema.projection,
        generation: 1,
        version: schema.version,
        position: -1,
        failureCount: 0,
        failures: [],
        rebuilding: null,
      };
      this.checkpointsByProjection.set(schema.projection, checkpoint);
      this.lastGeneration.set(schema.projection, 1);
    }
    if (!this.copies.get(schema.projection)?.has(checkpoint.generation)) {
      this.createCollections(schema, checkpoint.generation);
    }
    return structuredClone(checkpoint);
  }

  async checkpoint(projection: string): Promise<ProjectionCheckpoint | null> {
    const checkpoint = this.checkpointsByProjection.get(projection);
    return checkpoint ? structuredClone(checkpoint) : null;
  }

  async checkpoints(): Promise<ProjectionCheckpoint[]> {
    return [...this.checkpointsByProjection.values()].map((checkpoint) => structuredClone(checkpoint));
  }

  async get<D extends ReadDocument>(ref: CollectionRef, id: string, generation?: number): Promise<D | null> {
    return (this.collection(ref, generation)?.documents.get(id) as D | undefined) ?? null;
  }

  async find<D extends ReadDocument>(
    ref: CollectionRef,
    filter: Filter,
    options: FindOptions = {},
    generation?: number,
  ): Promise<D[]> {
    return this.query(ref, filter, options, generation) as D[];
  }

  async count(ref: CollectionRef, filter: Filter, generation?: number): Promise<number> {
    if (Object.keys(filter).length === 0) return this.collection(ref, generation)?.documents.size ?? 0;
    return this.query(ref, filter, {}, generation).length;
  }

  async write(projection: string, generation: number, writes: readonly DocumentWrite[]): Promise<void> {
    const copy = this.copies.get(projection)?.get(generation);
    // A copy swapped out and dropped: a late write from a runner that has not noticed yet.
    if (!copy) return;
    const counts = new Map<string, number>();
    for (const write of writes) counts.set(write.collection, (counts.get(write.collection) ?? 0) + 1);
    for (const [name, count] of counts) {
      const collection = copy.collections.get(name);
      if (!collection) throw new Error(`${projection} declares no collection ${name}`);
      collection.beginWrites(count);
    }
    for (const write of writes) {
      const collection = copy.collections.get(write.collection)!;
      if (write.kind === 'upsert') collection.upsert(write.document);
      else collection.delete(write.id, write.position);
    }
  }

  /** Builds every index a bulk write left to build at the first query: for warm-ups and benchmarks. */
  buildIndexes(): void {
    for (const copies of this.copies.values()) {
      for (const copy of copies.values())
        for (const collection of copy.collections.values()) collection.ensureIndexes();
    }
  }

  async saveCheckpoint(
    projection: string,
    generation: number,
    position: number,
    failures: readonly ProjectionFailure[],
  ): Promise<boolean> {
    const checkpoint = this.checkpointsByProjection.get(projection);
    if (!checkpoint || checkpoint.generation !== generation) return false;
    checkpoint.position = Math.max(checkpoint.position, position);
    if (failures.length > 0) {
      checkpoint.failureCount += failures.length;
      checkpoint.failures = [...checkpoint.failures, ...failures].slice(-FAILURES_KEPT);
    }
    return true;
  }

  async createCopy(schema: ReadModelSchema, startedAt: string): Promise<number> {
    const checkpoint = await this.open(schema);
    const live = this.checkpointsByProjection.get(schema.projection)!;
    for (const generation of this.copies.get(schema.projection)?.keys() ?? []) {
      if (generation !== checkpoint.generation) this.copies.get(schema.projection)!.delete(generation);
    }
    const generation = (this.lastGeneration.get(schema.projection) ?? checkpoint.generation) + 1;
    this.lastGeneration.set(schema.projection, generation);
    this.createCollections(schema, generation);
    live.rebuilding = { generation, position: -1, head: -1, startedAt };
    return generation;
  }

  async reportCopyProgress(projection: string, generation: number, position: number, head: number): Promise<void> {
    const rebuilding = this.checkpointsByProjection.get(projection)?.rebuilding;
    if (rebuilding?.generation === generation) Object.assign(rebuilding, { position, head });
  }

  async swap(
    schema: ReadModelSchema,
    replacing: number,
    copy: number,
    position: number,
    failures: { count: number; latest: readonly ProjectionFailure[] },
  ): Promise<boolean> {
    const checkpoint = this.checkpointsByProjection.get(schema.projection);
    const copies = this.copies.get(schema.projection);
    if (!checkpoint || checkpoint.generation !== replacing || checkpoint.rebuilding?.generation !== copy) return false;
    if (!copies?.has(copy)) return false;
    // The copy goes live ready: its indexes are built before the first query meets it.
    for (const collection of copies.get(copy)!.collections.values()) collection.ensureIndexes();
    Object.assign(checkpoint, {
      generation: copy,
      version: schema.version,
      position,
      failureCount: failures.count,
      failures: failures.latest.slice(-FAILURES_KEPT),
      rebuilding: null,
    });
    // One process reads this store, and it reads the new copy from now on.
    copies.delete(replacing);
    return true;
  }

  async dropCopy(projection: string, generation: number): Promise<void> {
    const checkpoint = this.checkpointsByProjection.get(projection);
    if (checkpoint?.generation === generation) return;
    this.copies.get(projection)?.delete(generation);
    if (checkpoint?.rebuilding?.generation === generation) checkpoint.rebuilding = null;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}

  private createCollections(schema: ReadModelSchema, generation: number): void {
    const collections = new Map<string, MemoryCollection>();
    for (const description of schema.collections) {
      collections.set(
        description.name,
        new MemoryCollection(description.indexes, this.options.freezeDocuments === true),
      );
    }
    const copies = this.copies.get(schema.projection) ?? new Map<number, Copy>();
    copies.set(generation, { generation, collections });
    this.copies.set(schema.projection, copies);
  }

  private collection(ref: CollectionRef, generation?: number): MemoryCollection | undefined {
    const live = generation ?? this.checkpointsByProjection.get(ref.projection)?.generation;
    if (live === undefined) return undefined;
    return this.copies.get(ref.projection)?.get(live)?.collections.get(ref.collection);
  }

  private query(ref: CollectionRef, filter: Filter, options: FindOptions, generation?: number): ReadDocument[] {
    const collection = this.collection(ref, generation);
    if (!collection) return [];
    return collection.find(filter, options, () => {
      if (this.options.forbidCollectionScans) throw new UnindexedQueryError(ref, filter, options);
    });
  }
}
