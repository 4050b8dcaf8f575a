import { randomUUID } from 'node:crypto';
import { describeIdempotencyStoreContract } from '../contracts/idempotency.contract';
import { closedAfterAll, whenServer } from '../contracts/server-suites';
import { MongoIdempotencyStore } from './mongo.idempotency-store';

whenServer(
  'MONGODB_URL',
  'MongoDB idempotency store contract',
  'runs the shared contract against a real MongoDB-wire server',
  (url) =>
    describeIdempotencyStoreContract(
      'MongoDB',
      // A collection of its own per store: the contract's keys are fixed, the server is shared.
      closedAfterAll(() => MongoIdempotencyStore.connect(url, `idempotency_${randomUUID().slice(0, 8)}`)),
    ),
);
