import { z } from 'zod';
import { optionalOneOf, optionalText, readPiece, refuse, type Environment } from './piece';

export type ReadStoreKind = 'memory' | 'mongodb';

function schema(fallback: 'memory' | 'mongodb when MONGODB_URL is set') {
  const kindOf = (variables: { READ_STORE?: ReadStoreKind | undefined; MONGODB_URL?: string | undefined }) =>
    variables.READ_STORE ?? (fallback === 'memory' || !variables.MONGODB_URL ? 'memory' : 'mongodb');
  return z
    .object({ READ_STORE: optionalOneOf('READ_STORE', ['memory', 'mongodb']), MONGODB_URL: optionalText() })
    .superRefine((variables, context) => {
      if (kindOf(variables) === 'mongodb' && !variables.MONGODB_URL) {
        refuse(context, 'READ_STORE=mongodb needs MONGODB_URL (e.g. mongodb://localhost:27017/quickclaim)');
      }
    })
    .transform((variables) => ({
      readStore: kindOf(variables),
      ...(variables.MONGODB_URL ? { mongodbUrl: variables.MONGODB_URL } : {}),
    }));
}

/** Where the read models live: in this process's memory (rebuilt by replay at start) or in MongoDB. */
export type ReadStoreConfig = z.output<ReturnType<typeof schema>>;

/**
 * `fallback`: the API keeps its read models in memory unless told otherwise; the projector and
 * the relay, which only make sense beside MongoDB, use it as soon as MONGODB_URL is set.
 */
export function readStoreConfig(
  env: Environment,
  fallback: 'memory' | 'mongodb when MONGODB_URL is set' = 'memory',
): ReadStoreConfig {
  return readPiece(schema(fallback), { READ_STORE: env.READ_STORE, MONGODB_URL: env.MONGODB_URL });
}
