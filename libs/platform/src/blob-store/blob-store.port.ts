export const BLOB_STORE = Symbol('BLOB_STORE');

/** Immutable bytes addressed by a key the caller chooses (the SHA-256 for originals). */
export interface BlobStore {
  /** Writing the same key again with the same bytes is a no-op. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** null when absent. */
  get(key: string): Promise<{ bytes: Buffer; contentType: string } | null>;
  exists(key: string): Promise<boolean>;
}
