import { describeEventStoreContract } from '../contracts/event-store.contract';
import { whenServer } from '../contracts/server-suites';
import { EsdbEventStore } from './esdb.event-store';

whenServer(
  'EVENTSTORE_URL',
  'EventStoreDB event store contract',
  'runs the shared contract against a real EventStoreDB',
  (url) => describeEventStoreContract('EventStoreDB', async () => new EsdbEventStore(url)),
);
