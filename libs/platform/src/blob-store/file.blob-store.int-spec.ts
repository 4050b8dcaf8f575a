import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeBlobStoreContract } from './blob-store.contract';
import { FileBlobStore } from './file.blob-store';

describeBlobStoreContract('file', async () => new FileBlobStore(mkdtempSync(join(tmpdir(), 'qc-blobs-'))));

describe('file blob store', () => {
  it('refuses keys that could escape its folder', async () => {
    const store = new FileBlobStore(mkdtempSync(join(tmpdir(), 'qc-blobs-')));
    await expect(store.put('../escape', Buffer.from('x'), 'text/plain')).rejects.toThrow('Unsafe blob key');
  });

  it('leaves no temporary file behind after a write', async () => {
    const root = mkdtempSync(join(tmpdir(), 'qc-blobs-'));
    await new FileBlobStore(root).put('abcdef', Buffer.from('bytes'), 'image/png');
    expect(readdirSync(join(root, 'ab')).sort()).toEqual(['abcdef', 'abcdef.type']);
  });
});
