import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BlobStore } from './blob-store.port';

const SAFE_KEY = /^[A-Za-z0-9._-]+$/;

/**
 * Blobs as files under one folder, fanned out by the key's first two characters. A write goes to
 * a temporary file that is fsynced and renamed, so a crash leaves either the whole blob or none.
 */
export class FileBlobStore implements BlobStore {
  constructor(private readonly root: string) {}

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const path = this.pathOf(key);
    if (await this.exists(key)) return;
    await fs.mkdir(dirname(path), { recursive: true });
    await writeDurably(`${path}.type`, Buffer.from(contentType));
    await writeDurably(path, bytes);
  }

  async get(key: string): Promise<{ bytes: Buffer; contentType: string } | null> {
    const path = this.pathOf(key);
    try {
      const [bytes, contentType] = await Promise.all([fs.readFile(path), fs.readFile(`${path}.type`, 'utf8')]);
      return { bytes, contentType };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async close(): Promise<void> {}

  async exists(key: string): Promise<boolean> {
    try {
      await fs.access(this.pathOf(key));
      return true;
    } catch {
      return false;
    }
  }

  private pathOf(key: string): string {
    if (!SAFE_KEY.test(key)) throw new Error(`Unsafe blob key: ${key}`);
    return join(this.root, key.slice(0, 2), key);
  }
}

async function writeDurably(path: string, bytes: Buffer): Promise<void> {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  const handle = await fs.open(temporary, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temporary, path);
}
