import mongoose, { type Connection, type Model } from 'mongoose';
import {
  FAILURES_KEPT,
  ReadStoreUnavailableError,
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

type StoredDocument = Record<string, unknown>;

const CHECKPOINTS = 'projections';
/** How long a reader trusts the live copy's generation before asking again (a rebuild elsewhere may swap it). */
const GENERATION_TTL_MS = 1000;
const DUPLICATE_KEY = 11000;

interface CheckpointRecord {
  _id: string;
  generation: number;
  lastGeneration: number;
  version: number;
  position: number;
  failureCount: number;
  failures: ProjectionFailure[];
  rebuilding: ProjectionCheckpoint['rebuilding'];
}

/**
 * Read models in MongoDB through mongoose: one mongoose schema (with the model's declared indexes)
 * per collection, one physical collection per copy (`<projection>.<collection>.g<generation>`),
 * checkpoints in `projections`. Documents go through the model's collection as they are: they are
 * the projections' values, so casting them would only cost time (half the time of a batch) and
 * risk changing them. Needs no transactions (mongo-java-server has none, ADR 8): every
 * document carries its position and is replaced only by a newer one, and the checkpoint is written
 * after the documents, so a crash between the two replays a few events as no-ops.
 */
export class MongoReadStore implements ReadStore {
  private readonly schemas = new Map<string, ReadModelSchema>();
  private readonly generations = new Map<string, { generation: number; checkedAt: number }>();

  private constructor(private readonly connection: Connection) {}

  static async connect(uri: string): Promise<MongoReadStore> {
    try {
      const connection = await mongoose
        .createConnection(uri, { serverSelectionTimeoutMS: 5000, ignoreUndefined: true })
        .asPromise();
      return new MongoReadStore(connection);
    } catch (error) {
      throw new ReadStoreUnavailableError(`Cannot reach MongoDB for the read models: ${String(error)}`, {
        cause: error,
      });
    }
  }

  async open(schema: ReadModelSchema): Promise<ProjectionCheckpoint> {
    return this.guard(async () => {
      this.schemas.set(schema.projection, schema);
      const record = await this.checkpointCollection().findOneAndUpdate(
        { _id: schema.projection },
        {
          $setOnInsert: {
            generation: 1,
            lastGeneration: 1,
            version: schema.version,
            position: -1,
            failureCount: 0,
            failures: [],
            rebuilding: null,
          },
        },
        { upsert: true, returnDocument: 'after' },
      );
      const checkpoint = toCheckpoint(record as unknown as CheckpointRecord);
      await this.createCollections(schema, checkpoint.generation);
      this.remember(checkpoint);
      return checkpoint;
    });
  }

  async checkpoint(projection: string): Promise<ProjectionCheckpoint | null> {
    return this.guard(async () => {
      const record = await this.checkpointCollection().findOne({ _id: projection });
      if (!record) return null;
      const checkpoint = toCheckpoint(record as unknown as CheckpointRecord);
      this.remember(checkpoint);
      return checkpoint;
    });
  }

  async checkpoints(): Promise<ProjectionCheckpoint[]> {
    return this.guard(async () => {
      const records = await this.checkpointCollection().find({}).sort({ _id: 1 }).toArray();
      const checkpoints = records.map((record) => toCheckpoint(record as unknown as CheckpointRecord));
      for (const checkpoint of checkpoints) this.remember(checkpoint);
      return checkpoints;
    });
  }

  async get<D extends ReadDocument>(ref: CollectionRef, id: string, generation?: number): Promise<D | null> {
    return this.guard(async () => {
      const model = await this.model(ref, generation);
      return model ? ((await model.collection.findOne({ _id: id } as Filter)) as D | null) : null;
    });
  }

  async find<D extends ReadDocument>(
    ref: CollectionRef,
    filter: Filter,
    options: FindOptions = {},
    generation?: number,
  ): Promise<D[]> {
    return this.guard(async () => {
      const model = await this.model(ref, generation);
      if (!model) return [];
      let cursor = model.collection.find(filter);
      if (options.sort) cursor = cursor.sort(options.sort as Record<string, 1 | -1>);
      if (options.limit && options.limit > 0) cursor = cursor.limit(options.limit);
      return (await cursor.toArray()) as unknown as D[];
    });
  }

  async count(ref: CollectionRef, filter: Filter, generation?: number): Promise<number> {
    return this.guard(async () => {
      const model = await this.model(ref, generation);
      return model ? model.collection.countDocuments(filter) : 0;
    });
  }

  async write(projection: string, generation: number, writes: readonly DocumentWrite[]): Promise<void> {
    const byCollection = new Map<string, mongoose.mongo.AnyBulkWriteOperation<StoredDocument>[]>();
    for (const write of writes) {
      const operations = byCollection.get(write.collection) ?? [];
      operations.push(
        write.kind === 'upsert'
          ? {
              replaceOne: {
                filter: { _id: write.document._id, lastPosition: { $lt: write.document.lastPosition } } as Filter,
                replacement: write.document as unknown as StoredDocument,
                upsert: true,
              },
            }
          : { deleteOne: { filter: { _id: write.id, lastPosition: { $lte: write.position } } as Filter } },
      );
      byCollection.set(write.collection, operations);
    }
    const order = (this.schemas.get(projection)?.collections ?? []).map((collection) => collection.name);
    const collections = [...byCollection.keys()].sort((left, right) => order.indexOf(left) - order.indexOf(right));
    await this.guard(async () => {
      for (const collection of collections) {
        const operations = byCollection.get(collection)!;
        const model = await this.model({ projection, collection }, generation);
        if (!model) throw new Error(`${projection} declares no collection ${collection}`);
        try {
          await model.collection.bulkWrite(operations, { ordered: false });
        } catch (error) {
          // The stored document is newer (its filter did not match, so the upsert hit the id): keep it.
          if (!onlyDuplicateKeys(error)) throw error;
        }
      }
    });
  }

  async saveCheckpoint(
    projection: string,
    generation: number,
    position: number,
    failures: readonly ProjectionFailure[],
  ): Promise<boolean> {
    return this.guard(async () => {
      const result = await this.checkpointCollection().updateOne(
        { _id: projection, generation },
        {
          $max: { position },
          ...(failures.length > 0
            ? {
                $inc: { failureCount: failures.length },
                $push: { failures: { $each: [...failures], $slice: -FAILURES_KEPT } },
              }
            : {}),
        },
      );
      return result.matchedCount === 1;
    });
  }

  async createCopy(schema: ReadModelSchema, startedAt: string): Promise<number> {
    const live = await this.open(schema);
    return this.guard(async () => {
      const record = (await this.checkpointCollection().findOneAndUpdate(
        { _id: schema.projection },
        { $inc: { lastGeneration: 1 } },
        { returnDocument: 'after' },
      )) as unknown as CheckpointRecord;
      const generation = record.lastGeneration;
      await this.dropGenerations(schema.projection, (candidate) => candidate !== live.generation);
      await this.createCollections(schema, generation);
      await this.checkpointCollection().updateOne(
        { _id: schema.projection },
        { $set: { rebuilding: { generation, position: -1, head: -1, startedAt } } },
      );
      return generation;
    });
  }

  async reportCopyProgress(projection: string, generation: number, position: number, head: number): Promise<void> {
    await this.guard(() =>
      this.checkpointCollection().updateOne(
        { _id: projection, 'rebuilding.generation': generation },
        { $set: { 'rebuilding.position': position, 'rebuilding.head': head } },
      ),
    );
  }

  async swap(
    schema: ReadModelSchema,
    replacing: number,
    copy: number,
    position: number,
    failures: { count: number; latest: readonly ProjectionFailure[] },
  ): Promise<boolean> {
    return this.guard(async () => {
      const result = await this.checkpointCollection().updateOne(
        { _id: schema.projection, generation: replacing, 'rebuilding.generation': copy },
        {
          $set: {
            generation: copy,
            version: schema.version,
            position,
            failureCount: failures.count,
            failures: failures.latest.slice(-FAILURES_KEPT),
            rebuilding: null,
          },
        },
      );
      if (result.matchedCount !== 1) return false;
      this.generations.set(schema.projection, { generation: copy, checkedAt: performance.now() });
      return true;
    });
  }

  async dropCopy(projection: string, generation: number): Promise<void> {
    await this.guard(async () => {
      const live = await this.checkpoint(projection);
      if (live?.generation === generation) return;
      await this.dropGenerations(projection, (candidate) => candidate === generation);
      await this.checkpointCollection().updateOne(
        { _id: projection, 'rebuilding.generation': generation },
        { $set: { rebuilding: null } },
      );
    });
  }

  async ping(): Promise<void> {
    await this.guard(async () => {
      await this.connection.db?.command({ ping: 1 });
    });
  }

  async close(): Promise<void> {
    await this.connection.close();
  }

  private checkpointCollection() {
    return this.connection.collection<CheckpointRecord>(CHECKPOINTS);
  }

  private remember(checkpoint: ProjectionCheckpoint): void {
    this.generations.set(checkpoint.projection, { generation: checkpoint.generation, checkedAt: performance.now() });
  }

  private async liveGeneration(projection: string): Promise<number | null> {
    const known = this.generations.get(projection);
    if (known && performance.now() - known.checkedAt < GENERATION_TTL_MS) return known.generation;
    const checkpoint = await this.checkpoint(projection);
    return checkpoint?.generation ?? null;
  }

  private async model(ref: CollectionRef, generation?: number): Promise<Model<StoredDocument> | null> {
    const copy = generation ?? (await this.liveGeneration(ref.projection));
    if (copy === null) return null;
    const description = this.schemas
      .get(ref.projection)
      ?.collections.find((collection) => collection.name === ref.collection);
    return this.modelFor(ref, copy, description?.indexes ?? []);
  }

  private modelFor(
    ref: CollectionRef,
    generation: number,
    indexes: ReadModelSchema['collections'][number]['indexes'],
    declaring = false,
  ): Model<StoredDocument> {
    const name = physicalName(ref.projection, ref.collection, generation);
    const existing = this.connection.models[name] as Model<StoredDocument> | undefined;
    if (existing && !declaring) return existing;
    if (existing) this.connection.deleteModel(name);
    const schema = new mongoose.Schema<StoredDocument>(
      { _id: String, lastPosition: Number },
      // Documents are the projections' values, stored as they are: no casting away of unknown
      // fields, no dropping of empty objects, no version key.
      { strict: false, strictQuery: false, minimize: false, versionKey: false, autoIndex: false, autoCreate: false },
    );
    for (const index of indexes) {
      schema.index(index.keys as Record<string, 1 | -1 | 'hashed'>, index.sparse ? { sparse: true } : {});
    }
    return this.connection.model(name, schema, name);
  }

  private async createCollections(schema: ReadModelSchema, generation: number): Promise<void> {
    for (const collection of schema.collections) {
      const model = this.modelFor(
        { projection: schema.projection, collection: collection.name },
        generation,
        collection.indexes,
        true,
      );
      await model.createCollection().catch((error: unknown) => {
        if (!isNamespaceExists(error)) throw error;
      });
      await model.createIndexes();
    }
  }

  private async dropGenerations(projection: string, drop: (generation: number) => boolean): Promise<void> {
    const db = this.connection.db;
    if (!db) return;
    const prefix = `${projection}.`;
    for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
      if (!name.startsWith(prefix)) continue;
      const generation = Number(/\.g(\d+)$/.exec(name)?.[1]);
      if (!Number.isInteger(generation) || !drop(generation)) continue;
      await db.dropCollection(name).catch(() => undefined);
      if (this.connection.models[name]) this.connection.deleteModel(name);
    }
  }

  /** Driver failures become the port's own error, so callers need not know MongoDB's. */
  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUnavailable(error)) {
        throw new ReadStoreUnavailableError(`MongoDB read store unavailable: ${String(error)}`, { cause: error });
      }
      throw error;
    }
  }
}

export function physicalName(projection: string, collection: string, generation: number): string {
  return `${projection}.${collection}.g${generation}`;
}

function toCheckpoint(record: CheckpointRecord): ProjectionCheckpoint {
  return {
    projection: record._id,
    generation: record.generation,
    version: record.version,
    position: record.position,
    failureCount: record.failureCount ?? 0,
    failures: record.failures ?? [],
    rebuilding: record.rebuilding ?? null,
  };
}

function onlyDuplicateKeys(error: unknown): boolean {
  const writeErrors = (error as { writeErrors?: unknown } | null)?.writeErrors;
  const list = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
  return (
    list.length > 0 &&
    list.every((writeError: { code?: number; err?: { code?: number } }) => {
      const code = writeError.code ?? writeError.err?.code;
      return code === DUPLICATE_KEY;
    })
  );
}

function isNamespaceExists(error: unknown): boolean {
  return (error as { codeName?: string; code?: number } | null)?.code === 48;
}

function isUnavailable(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  return /MongoServerSelectionError|MongoNetworkError|MongoNetworkTimeoutError|MongoTopologyClosedError|MongoNotConnectedError/.test(
    name,
  );
}
