import { describeReadStoreContract } from '../contracts/read-store.contract';
import { MongoReadStore } from './mongo.read-store';

const url = process.env.MONGODB_URL;

if (url) {
  const opened: MongoReadStore[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((store) => store.close()));
  });
  describeReadStoreContract('MongoDB (mongoose)', async () => {
    const store = await MongoReadStore.connect(url);
    opened.push(store);
    return store;
  });
} else {
  // No MongoDB-wire server in this run: reported as skipped (not run), never as passed.
  describe.skip('MongoDB read store contract (needs MONGODB_URL; not run)', () => {
    it('runs the shared contract against a real MongoDB-wire server', () => {
      expect(url).toBeDefined();
    });
  });
}
