import { describeIdempotencyStoreContract } from './idempotency.contract';
import { InMemoryIdempotencyStore } from './in-memory.idempotency-store';

describeIdempotencyStoreContract('in-memory', async () => new InMemoryIdempotencyStore());
