import { z } from 'zod';
import { optionalText, readPiece, refuse, wholeNumber, type Environment } from './piece';

/** Where the audit's Ed25519 signing key comes from (ADR 34). */
export type AuditKeySource =
  | { kind: 'pem'; pem: string }
  | { kind: 'file'; path: string }
  /** Development only: generated once under DATA_DIR, like the development auth secret. */
  | { kind: 'generated' }
  /** Production without a key: nothing is signed, and `/health` says so. */
  | { kind: 'none' };

export interface AuditConfig {
  auditKey: AuditKeySource;
  /** How often the heads of every stream are signed and published; 0 only on demand. */
  auditCheckpointIntervalMs: number;
  /** How long the integrity check at start may read; 0 turns it off. */
  auditAtStartMs: number;
}

const schema = (production: boolean) =>
  z
    .object({
      AUDIT_SIGNING_KEY: optionalText(),
      AUDIT_SIGNING_KEY_FILE: optionalText(),
      AUDIT_CHECKPOINT_INTERVAL_MS: wholeNumber('AUDIT_CHECKPOINT_INTERVAL_MS', 600_000),
      AUDIT_AT_START_MS: wholeNumber('AUDIT_AT_START_MS', 10_000),
    })
    .transform((variables, context): AuditConfig => {
      if (variables.AUDIT_SIGNING_KEY && variables.AUDIT_SIGNING_KEY_FILE) {
        refuse(context, 'Set AUDIT_SIGNING_KEY or AUDIT_SIGNING_KEY_FILE, not both');
        return z.NEVER;
      }
      const auditKey: AuditKeySource = variables.AUDIT_SIGNING_KEY
        ? { kind: 'pem', pem: variables.AUDIT_SIGNING_KEY.replace(/\\n/g, '\n') }
        : variables.AUDIT_SIGNING_KEY_FILE
          ? { kind: 'file', path: variables.AUDIT_SIGNING_KEY_FILE }
          : production
            ? { kind: 'none' }
            : { kind: 'generated' };
      return {
        auditKey,
        auditCheckpointIntervalMs: variables.AUDIT_CHECKPOINT_INTERVAL_MS,
        auditAtStartMs: variables.AUDIT_AT_START_MS,
      };
    });

/** The signed checkpoints and the integrity check at start. */
export function auditConfig(env: Environment, production: boolean): AuditConfig {
  return readPiece(schema(production), {
    AUDIT_SIGNING_KEY: env.AUDIT_SIGNING_KEY,
    AUDIT_SIGNING_KEY_FILE: env.AUDIT_SIGNING_KEY_FILE,
    AUDIT_CHECKPOINT_INTERVAL_MS: env.AUDIT_CHECKPOINT_INTERVAL_MS,
    AUDIT_AT_START_MS: env.AUDIT_AT_START_MS,
  });
}
