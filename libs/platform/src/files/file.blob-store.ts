import { existsSync, promises as fs, readdirSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BlobStore } from '../ports/blob-store.port';

const SAFE_KEY = /^[A-Za-z0-9._-]+$/;

/**
 * Blobs as files under one folder, fanned out by the key's first two characters. A write goes to
 * a temporary file that is fsynced and renamed, so a crash leaves either the whole blob or none;
 * the temporary files a crashed process left behind are removed when the store is opened.
 */
export class FileBlobStore implements BlobStore {
  constructor(private readonly root: string) {
    removeAbandonedTemporaryFiles(root);
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const path = this.pathOf(key);
    if (await this.exists(key)) return;
    await fs.mkdir(dirname(path), { recursive: true });
    // The type first: the blob's own name appearing is what makes it exist (see exists()).
    await writeDurably(`${path}.type`, Buffer.from(contentType));
    await writeDurably(path, bytes);
    await syncFolder(dirname(path));
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

/** Makes the renames inside a folder survive a power cut, not just a crash of the process. */
async function syncFolder(path: string): Promise<void> {
  const handle = await fs.open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
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

const TEMPORARY = /\.(\d+)\.\d+\.tmp$/;

/** Temporary files of processes that are gone: a write that never finished, never a blob. */
function removeAbandonedTemporaryFiles(root: string): void {
  if (!existsSync(root)) return;
  for (const folder of readdirSync(root, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(root, folder.name))) {
      const writer = TEMPORARY.exec(file)?.[1];
      if (writer !== undefined && !isRunning(Number(writer))) unlinkSync(join(root, folder.name, file));
    }
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
