import { z } from 'zod';
import type { EventStoreKind } from './event-store';
import { oneOf, optionalText, readPiece, refuse, type Environment } from './piece';
import type { ReadStoreKind } from './read-store';

function schema(stores: { eventStore: EventStoreKind; readStore: ReadStoreKind }) {
  const fallback = stores.readStore === 'mongodb' ? 'mongodb' : stores.eventStore === 'memory' ? 'memory' : 'sqlite';
  return z
    .object({
      IDEMPOTENCY_STORE: oneOf('IDEMPOTENCY_STORE', ['sqlite', 'mongodb', 'memory'], fallback),
      MONGODB_URL: optionalText(),
    })
    .superRefine((variables, context) => {
      if (variables.IDEMPOTENCY_STORE === 'mongodb' && !variables.MONGODB_URL) {
        refuse(context, 'IDEMPOTENCY_STORE=mongodb needs MONGODB_URL (e.g. mongodb://localhost:27017/quickclaim)');
      }
    })
    .transform((variables) => ({ idempotencyStore: variables.IDEMPOTENCY_STORE }));
}

/**
 * Where `Idempotency-Key` records live: MongoDB when the read models do (every API instance must
 * see them), else the SQLite file under DATA_DIR (memory beside an in-memory event store).
 */
export type IdempotencyStoreConfig = z.output<ReturnType<typeof schema>>;

export function idempotencyStoreConfig(
  env: Environment,
  stores: { eventStore: EventStoreKind; readStore: ReadStoreKind },
): IdempotencyStoreConfig {
  return readPiece(schema(stores), { IDEMPOTENCY_STORE: env.IDEMPOTENCY_STORE, MONGODB_URL: env.MONGODB_URL });
}
