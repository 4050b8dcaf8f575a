export const READ_STORE = Symbol('READ_STORE');

/** Every stored read-model document: its id, and the global position of the last event applied to it. */
export interface ReadDocument {
  _id: string;
  /** Anything at or before this position has been applied: a replayed or duplicated event is a no-op. */
  lastPosition: number;
}

/** Field paths and their direction, in order: an index's keys, or a query's sort. */
export type SortOrder = Readonly<Record<string, 1 | -1>>;

/**
 * An index's keys in order, each ascending (1), descending (-1), or `hashed`: a hashed index has
 * one field, answers equality and `$in` only, costs least to keep up, and cannot index arrays (as
 * in MongoDB).
 */
export interface IndexDescription {
  keys: Readonly<Record<string, 1 | -1 | 'hashed'>>;
  /**
   * Only documents that have the (first) field are indexed, as in MongoDB: for a field most
   * documents leave out. Such an index answers only conditions that a missing field cannot meet.
   */
  sparse?: boolean;
}

export interface CollectionDescription {
  /** Unique within its read model. */
  name: string;
  /** Besides `_id`, which every collection has. */
  indexes: readonly IndexDescription[];
}

/**
 * What a read model stores, declared once: both adapters build exactly these collections and
 * indexes (mongoose schemas in MongoDB, ordered indexes in memory), so a query that is fast in
 * one is fast in the other.
 */
export interface ReadModelSchema {
  /** The projection that owns the model; also the name used by rebuild and /admin/projections. */
  projection: string;
  /** Bump when the projection's logic changes what it stores: a stored copy of another version is rebuilt. */
  version: number;
  /**
   * Written in this order when one batch changes several. A document computed from another one
   * (a day's totals from a case) must come before it: a crash between two collections then leaves
   * the source behind, and the replay recomputes the derived document, which its own position
   * makes a no-op if it had been written.
   */
  collections: readonly CollectionDescription[];
}

/** One collection of one read model, as queries name it. */
export interface CollectionRef {
  projection: string;
  collection: string;
}

/** A MongoDB query filter. */
export type Filter = Readonly<Record<string, unknown>>;

export interface FindOptions {
  sort?: SortOrder;
  limit?: number;
}

/**
 * Writes never move a document backwards: an upsert replaces the stored document only if the
 * stored one has an older `lastPosition`; a delete removes it only if it is not newer than `position`.
 */
export type DocumentWrite =
  | { kind: 'upsert'; collection: string; document: ReadDocument }
  | { kind: 'delete'; collection: string; id: string; position: number };

/** A recorded event a projection could not apply: skipped, kept here and shown in /admin/projections. */
export interface ProjectionFailure {
  position: number;
  streamId: string;
  eventType: string;
  message: string;
}

/** How many of the latest failures a checkpoint keeps (the count keeps counting). */
export const FAILURES_KEPT = 20;

/** A projection's checkpoint, kept in the read store beside its documents. */
export interface ProjectionCheckpoint {
  projection: string;
  /** Which copy of the documents is live; a rebuild fills a new one and swaps it in. */
  generation: number;
  /** The schema version the live copy was built with. */
  version: number;
  /** The position of the last event applied to the live copy; -1 before any. Never moves backwards. */
  position: number;
  failureCount: number;
  failures: ProjectionFailure[];
  /** A rebuild in progress: the copy being filled and how far it got. */
  rebuilding: { generation: number; position: number; head: number; startedAt: string } | null;
}

/**
 * Where read models live. Queries use MongoDB's query language; writes come in bulk from the
 * projection runner, documents first, then the checkpoint (stored with the data, so a restart
 * resumes where the documents are and never skips an event). Reads and writes address the live
 * copy of a model unless given a `generation` (a rebuild's fresh copy).
 */
export interface ReadStore {
  /** Creates the live copy's collections and indexes if missing; returns its checkpoint. */
  open(schema: ReadModelSchema): Promise<ProjectionCheckpoint>;
  checkpoint(projection: string): Promise<ProjectionCheckpoint | null>;
  checkpoints(): Promise<ProjectionCheckpoint[]>;

  get<D extends ReadDocument>(ref: CollectionRef, id: string, generation?: number): Promise<D | null>;
  find<D extends ReadDocument>(
    ref: CollectionRef,
    filter: Filter,
    options?: FindOptions,
    generation?: number,
  ): Promise<D[]>;
  count(ref: CollectionRef, filter: Filter, generation?: number): Promise<number>;

  /** Applies the writes to one copy of a model; each document is written whole or not at all. */
  write(projection: string, generation: number, writes: readonly DocumentWrite[]): Promise<void>;
  /**
   * Moves the copy's checkpoint forward (never back) and records new failures. Resolves false,
   * writing nothing, when that copy is no longer the live one (a rebuild swapped another in).
   */
  saveCheckpoint(
    projection: string,
    generation: number,
    position: number,
    failures: readonly ProjectionFailure[],
  ): Promise<boolean>;

  /** A fresh, empty copy of the model with the same indexes, for a rebuild; drops older leftovers. */
  createCopy(schema: ReadModelSchema, startedAt: string): Promise<number>;
  /** Shows a rebuild's progress in the checkpoint. */
  reportCopyProgress(projection: string, generation: number, position: number, head: number): Promise<void>;
  /**
   * Makes the copy the live one, at `position`, if the live copy is still `replacing` and no later
   * rebuild has superseded the copy; resolves false otherwise. The replaced copy stays readable until the next rebuild, so a reader that has
   * not noticed the swap yet still reads complete documents.
   */
  swap(
    schema: ReadModelSchema,
    replacing: number,
    copy: number,
    position: number,
    failures: { count: number; latest: readonly ProjectionFailure[] },
  ): Promise<boolean>;
  /** Abandons a rebuild's copy. */
  dropCopy(projection: string, generation: number): Promise<void>;

  /** Readiness for /health. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export class ReadStoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReadStoreUnavailableError';
  }
}

/** A query that no declared index can answer, refused where scans are forbidden (tests, benchmarks). */
export class UnindexedQueryError extends Error {
  constructor(ref: CollectionRef, filter: Filter, options: FindOptions) {
    super(
      `No index of ${ref.projection}/${ref.collection} answers ${JSON.stringify(filter)}` +
        (options.sort ? ` sorted by ${JSON.stringify(options.sort)}` : ''),
    );
    this.name = 'UnindexedQueryError';
  }
}
