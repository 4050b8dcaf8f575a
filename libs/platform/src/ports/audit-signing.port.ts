import type { KeyObject } from 'node:crypto';

export const AUDIT_SIGNING = Symbol('AUDIT_SIGNING');

/** The platform's Ed25519 key for signed checkpoints (ADR 34); null where none is configured. */
export interface AuditSigning {
  privateKey: KeyObject;
  publicKey: KeyObject;
  keyId: string;
}
