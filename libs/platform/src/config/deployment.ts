import { z } from 'zod';
import { readPiece, type Environment } from './piece';

const schema = z
  .object({ NODE_ENV: z.string().optional() })
  .transform((variables) => ({ production: variables.NODE_ENV === 'production' }));

/** `NODE_ENV=production` changes defaults (JWT auth, no simulated insurers) and refuses development shortcuts. */
export type DeploymentConfig = z.output<typeof schema>;

export function deploymentConfig(env: Environment): DeploymentConfig {
  return readPiece(schema, { NODE_ENV: env.NODE_ENV });
}
