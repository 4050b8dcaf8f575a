import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeBlobStoreContract } from '../contracts/blob-store.contract';
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

  it('removes the temporary files of a writer that died, and keeps those of live writers', async () => {
    const root = mkdtempSync(join(tmpdir(), 'qc-blobs-'));
    const deadPid = spawnSync(process.execPath, ['-e', '0']).pid;
    mkdirSync(join(root, 'ab'));
    writeFileSync(join(root, 'ab', `abcdef.${deadPid}.1764000000000.tmp`), 'half a photo');
    writeFileSync(join(root, 'ab', `abcdef.${process.pid}.1764000000001.tmp`), 'being written');
    const store = new FileBlobStore(root);
    expect(readdirSync(join(root, 'ab'))).toEqual([`abcdef.${process.pid}.1764000000001.tmp`]);
    expect(await store.get('abcdef')).toBeNull();
  });
});
