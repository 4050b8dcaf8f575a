import type { BlobStore } from '../ports/blob-store.port';

export class InMemoryBlobStore implements BlobStore {
  private readonly blobs = new Map<string, { bytes: Buffer; contentType: string }>();

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    if (!this.blobs.has(key)) this.blobs.set(key, { bytes: Buffer.from(bytes), contentType });
  }

  async get(key: string): Promise<{ bytes: Buffer; contentType: string } | null> {
    return this.blobs.get(key) ?? null;
  }

  async close(): Promise<void> {}

  async exists(key: string): Promise<boolean> {
    return this.blobs.has(key);
  }
}
