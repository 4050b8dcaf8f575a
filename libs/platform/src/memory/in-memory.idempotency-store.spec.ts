import { describeIdempotencyStoreContract } from '../contracts/idempotency.contract';
import { InMemoryIdempotencyStore } from './in-memory.idempotency-store';

describeIdempotencyStoreContract('in-memory', async () => new InMemoryIdempotencyStore());
