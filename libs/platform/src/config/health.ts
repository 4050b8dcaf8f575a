import { z } from 'zod';
import { optionalPort, readPiece, type Environment } from './piece';

const schema = z
  .object({ HEALTH_PORT: optionalPort('HEALTH_PORT') })
  .transform((variables) => (variables.HEALTH_PORT === undefined ? {} : { healthPort: variables.HEALTH_PORT }));

/** Where a process without HTTP of its own (the projector, the relay) serves `GET /health`; none when unset. */
export type HealthConfig = { healthPort?: number };

export function healthConfig(env: Environment): HealthConfig {
  return readPiece(schema, { HEALTH_PORT: env.HEALTH_PORT });
}
