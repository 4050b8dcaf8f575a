import { closedAfterAll, whenServer } from '@quickclaim/platform/contracts';
import { MongoReadStore } from '@quickclaim/platform/mongo';
import { describeReadModelScenarios } from './read-models.contract';

whenServer(
  'MONGODB_URL',
  'read models on MongoDB',
  'rebuilds and survives a crash on a real MongoDB-wire server',
  (url) => {
    let database = 0;
    describeReadModelScenarios(
      'MongoDB (mongoose)',
      closedAfterAll(() => {
        database += 1;
        return MongoReadStore.connect(url.replace(/\/[^/?]*(\?|$)/, `/read-models-${process.pid}-${database}$1`));
      }),
      // mongo-java-server takes tens of milliseconds a bulk write: a smaller workload keeps the run short.
      { cases: 40 },
    );
  },
);
