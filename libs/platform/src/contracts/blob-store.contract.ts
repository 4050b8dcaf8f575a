import { createHash } from 'node:crypto';
import type { BlobStore } from '../ports/blob-store.port';

/** What every blob store must do; each adapter's spec calls this with a fresh store. */
export function describeBlobStoreContract(name: string, makeStore: () => Promise<BlobStore>): void {
  describe(`${name} blob store contract`, () => {
    let store: BlobStore;
    beforeEach(async () => {
      store = await makeStore();
    });

    const blob = (text: string) => {
      const bytes = Buffer.from(text);
      return { bytes, key: createHash('sha256').update(bytes).digest('hex') };
    };

    it('returns the exact bytes and content type that were put', async () => {
      const { bytes, key } = blob(`photo ${Math.random()}`);
      await store.put(key, bytes, 'image/jpeg');
      const read = await store.get(key);
      expect(read?.bytes.equals(bytes)).toBe(true);
      expect(read?.contentType).toBe('image/jpeg');
      expect(await store.exists(key)).toBe(true);
    });

    it('reads an absent key as null', async () => {
      const { key } = blob(`never stored ${Math.random()}`);
      expect(await store.get(key)).toBeNull();
      expect(await store.exists(key)).toBe(false);
    });

    it('keeps the first bytes when the same key is put again', async () => {
      const { bytes, key } = blob(`first ${Math.random()}`);
      await store.put(key, bytes, 'image/png');
      await store.put(key, Buffer.from('other'), 'image/png');
      expect((await store.get(key))?.bytes.equals(bytes)).toBe(true);
    });
  });
}
