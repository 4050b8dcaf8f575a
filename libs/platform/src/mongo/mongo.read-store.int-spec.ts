import { describeReadStoreContract } from '../contracts/read-store.contract';
import { closedAfterAll, whenServer } from '../contracts/server-suites';
import { MongoReadStore } from './mongo.read-store';

whenServer(
  'MONGODB_URL',
  'MongoDB read store contract',
  'runs the shared contract against a real MongoDB-wire server',
  (url) =>
    describeReadStoreContract(
      'MongoDB (mongoose)',
      closedAfterAll(() => MongoReadStore.connect(url)),
    ),
);
