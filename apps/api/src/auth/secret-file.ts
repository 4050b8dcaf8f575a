import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A secret of this installation, generated on first start into a file only its owner may read. */
export function loadOrCreateSecret(path: string): Uint8Array {
  if (existsSync(path)) return new Uint8Array(Buffer.from(readFileSync(path, 'utf8').trim(), 'base64'));
  mkdirSync(join(path, '..'), { recursive: true });
  const secret = randomBytes(32);
  writeFileSync(path, secret.toString('base64'), { mode: 0o600 });
  chmodSync(path, 0o600);
  return new Uint8Array(secret);
}
