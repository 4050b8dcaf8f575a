import { randomUUID } from 'node:crypto';
import { describeIdempotencyStoreContract } from '../contracts/idempotency.contract';
import { MongoIdempotencyStore } from './mongo.idempotency-store';

const url = process.env.MONGODB_URL;

if (url) {
  const opened: MongoIdempotencyStore[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((store) => store.close()));
  });
  describeIdempotencyStoreContract('MongoDB', async () => {
    // A collection of its own per store: the contract's keys are fixed, the server is shared.
    const store = await MongoIdempotencyStore.connect(url, `idempotency_${randomUUID().slice(0, 8)}`);
    opened.push(store);
    return store;
  });
} else {
  // No MongoDB-wire server in this run: reported as skipped (not run), never as passed.
  describe.skip('MongoDB idempotency store contract (needs MONGODB_URL; not run)', () => {
    it('runs the shared contract against a real MongoDB-wire server', () => {
      expect(url).toBeDefined();
    });
  });
}
