export const BLOB_STORE = Symbol('BLOB_STORE');

/** Immutable bytes addressed by a key the caller chooses (the SHA-256 for originals). */
export interface BlobStore {
  /** Writing the same key again with the same bytes is a no-op. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** null when absent. */
  get(key: string): Promise<{ bytes: Buffer; contentType: string } | null>;
  exists(key: string): Promise<boolean>;
  close(): Promise<void>;
}

/** The blob store could not be reached; nothing was stored. */
export class BlobStoreUnavailableError extends Error {
  readonly code = 'BLOB_STORE_UNAVAILABLE';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BlobStoreUnavailableError';
  }
}
