export const EVENT_STORE = Symbol('EVENT_STORE');

/** Who caused an event: copied from the verified token of the request that appended it. */
export interface Actor {
  sub: string;
  role: string;
  district?: string;
  insurer?: string;
}

/**
 * `no_stream`: the stream must not exist. `stream_exists`: it must. `any`: no check.
 * A number: the revision of the stream's last event must be exactly that.
 */
export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | number;

export interface EventMetadataInput {
  correlationId: string;
  causationId: string;
  actor: Actor;
  recordedAt: string;
  schemaVersion: number;
}

export interface EventMetadata extends EventMetadataInput {
  eventId: string;
  /** Hash of the previous event of the same stream; GENESIS_HASH for the first. */
  prevHash: string;
  hash: string;
}

export interface EventToAppend {
  eventId: string;
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadataInput;
}

export interface RecordedEvent {
  streamId: string;
  /** 0-based index of the event inside its stream. */
  revision: number;
  /** Global order across all streams; strictly increasing, gaps allowed. */
  position: number;
  eventId: string;
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
}

export interface AppendResult {
  /** The revision of the stream's last event after the append. */
  nextExpectedRevision: number;
  /** The global position of the last event appended (or already recorded, for a retry). */
  position: number;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive. Forwards defaults to 0, backwards to the stream's end. */
  fromRevision?: number;
  maxCount?: number;
  /**
   * Read the stored bytes, bypassing any cache the adapter keeps: an audit must see what storage
   * holds now, including a change made behind the platform's back.
   */
  fromStorage?: boolean;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. Omit to start at the beginning. */
  after?: number;
  maxCount?: number;
}

export interface SubscribeToAllOptions {
  /** The checkpoint: the position of the last event already handled. Omit for the beginning. */
  after?: number;
  /** Called once per event, in order; the next event waits for the returned promise. */
  onEvent: (event: RecordedEvent) => Promise<void> | void;
  /** Called when the subscription dies on an error from the store or from onEvent. */
  onError?: (error: unknown) => void;
}

export interface Subscription {
  /** Resolves once no further onEvent call will start. */
  stop(): Promise<void>;
}

export interface IssuedPositions {
  first: number;
  last: number;
}

export interface EventStore {
  append(
    streamId: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult>;
  /** An absent stream reads as an empty list. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Catch-up from the checkpoint, then live, in global order, never skipping or repeating. */
  subscribeToAll(options: SubscribeToAllOptions): Subscription;
  /** Position of the newest event in the store, or -1 when empty. */
  headPosition(): Promise<number>;
  /**
   * For stores that hand out every position from `first` to `last` exactly once (no gaps): the
   * range issued so far, or null when nothing was ever appended. An audit then sees an event
   * deleted anywhere, even at the end of a stream, where the stream's own chain cannot.
   */
  issuedPositions?(): Promise<IssuedPositions | null>;
  /** Readiness for /health. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
