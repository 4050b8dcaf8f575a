import { z } from 'zod';
import { readPiece, wholeNumber, type Environment } from './piece';

const schema = z
  .object({ READ_YOUR_WRITES_TIMEOUT_MS: wholeNumber('READ_YOUR_WRITES_TIMEOUT_MS', 2000) })
  .transform((variables) => ({ readYourWritesTimeoutMs: variables.READ_YOUR_WRITES_TIMEOUT_MS }));

/** How long a reader waits for the read models to reflect what it wrote (a query, a process manager). */
export type ReadYourWritesConfig = z.output<typeof schema>;

export function readYourWritesConfig(env: Environment): ReadYourWritesConfig {
  return readPiece(schema, { READ_YOUR_WRITES_TIMEOUT_MS: env.READ_YOUR_WRITES_TIMEOUT_MS });
}
