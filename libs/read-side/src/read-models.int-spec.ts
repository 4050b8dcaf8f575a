import { MongoReadStore } from '@quickclaim/platform/mongo';
import { describeReadModelScenarios } from './read-models.contract';

const url = process.env.MONGODB_URL;

if (url) {
  const opened: MongoReadStore[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((store) => store.close()));
  });
  let database = 0;
  describeReadModelScenarios(
    'MongoDB (mongoose)',
    async () => {
      database += 1;
      const store = await MongoReadStore.connect(
        url.replace(/\/[^/?]*(\?|$)/, `/read-models-${process.pid}-${database}$1`),
      );
      opened.push(store);
      return store;
      // mongo-java-server takes tens of milliseconds a bulk write: a smaller workload keeps the run short.
    },
    { cases: 40 },
  );
} else {
  // No MongoDB-wire server in this run: reported as skipped (not run), never as passed.
  describe.skip('read models on MongoDB (needs MONGODB_URL; not run)', () => {
    it('rebuilds and survives a crash on a real MongoDB-wire server', () => {
      expect(url).toBeDefined();
    });
  });
}
