import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEVELOPMENT_AUDIT_KEY_FILE, loadAuditSigning, trustedPublicKey } from './signing-key';

describe('the audit signing key', () => {
  it('is generated once under DATA_DIR in development, readable by its owner only, and kept', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'qc-audit-key-'));
    expect(trustedPublicKey({ kind: 'generated' }, dataDir)).toBeNull();
    const first = loadAuditSigning({ kind: 'generated' }, dataDir)!;
    expect(statSync(join(dataDir, DEVELOPMENT_AUDIT_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(loadAuditSigning({ kind: 'generated' }, dataDir)!.keyId).toBe(first.keyId);
    expect(trustedPublicKey({ kind: 'generated' }, dataDir)!.equals(first.publicKey)).toBe(true);
  });

  it('takes a configured Ed25519 key, and refuses another kind of key or none in production', () => {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(loadAuditSigning({ kind: 'pem', pem }, '/nowhere')!.keyId).toMatch(/^[0-9a-f]{64}$/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    expect(() => loadAuditSigning({ kind: 'pem', pem: rsa }, '/nowhere')).toThrow('must be an Ed25519 key, got rsa');
    expect(() => loadAuditSigning({ kind: 'pem', pem: 'not a key' }, '/nowhere')).toThrow('not a readable');
    expect(loadAuditSigning({ kind: 'none' }, '/nowhere')).toBeNull();
  });
});
