import { oneOf, readPiece, type Environment } from '@quickclaim/platform/config/piece';
import { z } from 'zod';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const schema = z
  .object({ LOG_LEVEL: oneOf('LOG_LEVEL', LOG_LEVELS, 'info') })
  .transform((variables) => ({ logLevel: variables.LOG_LEVEL }));

/** Structured JSON logs on stdout, redacted, with request ids; lines below this level are dropped. */
export function loggingConfig(env: Environment): { logLevel: LogLevel } {
  return readPiece(schema, { LOG_LEVEL: env.LOG_LEVEL });
}
