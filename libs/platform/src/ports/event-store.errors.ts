/** The stream's actual revision differs from the one the writer expected. */
export class ConcurrencyError extends Error {
  readonly code = 'CONCURRENT_MODIFICATION';

  constructor(
    readonly streamId: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`Stream ${streamId} expected at revision ${expected}, but it is at ${actual}`);
    this.name = 'ConcurrencyError';
  }
}

/** An append reused event ids that are already recorded, but not as the same whole batch. */
export class EventIdConflictError extends Error {
  readonly code = 'EVENT_ID_CONFLICT';

  constructor(
    readonly streamId: string,
    readonly eventId: string,
  ) {
    super(`Event ${eventId} is already recorded and cannot be appended to ${streamId} again`);
    this.name = 'EventIdConflictError';
  }
}

/** The store could not be reached or failed; the append may or may not have happened. */
export class EventStoreUnavailableError extends Error {
  readonly code: string = 'EVENT_STORE_UNAVAILABLE';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EventStoreUnavailableError';
  }
}

/**
 * The store's disk (or its configured size limit) is full: the append recorded nothing, and reads
 * still work. Retrying helps only once space is freed.
 */
export class EventStoreFullError extends EventStoreUnavailableError {
  override readonly code = 'EVENT_STORE_FULL';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EventStoreFullError';
  }
}
