import { resolve } from 'node:path';
import { z } from 'zod';
import { readPiece, type Environment } from './piece';

const schema = z
  .object({ DATA_DIR: z.string().default('./data') })
  .transform((variables) => ({ dataDir: resolve(variables.DATA_DIR) }));

/** Where this process keeps its files: the SQLite stores, photos, checkpoints, the development auth secret. */
export type DataDirConfig = z.output<typeof schema>;

export function dataDirConfig(env: Environment): DataDirConfig {
  return readPiece(schema, { DATA_DIR: env.DATA_DIR });
}
