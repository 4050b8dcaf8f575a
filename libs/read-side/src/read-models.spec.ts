import { InMemoryReadStore } from '@quickclaim/platform/memory';
import { describeReadModelScenarios } from './read-models.contract';

describeReadModelScenarios(
  'the in-memory read store',
  async () => new InMemoryReadStore({ forbidCollectionScans: true, freezeDocuments: true }),
);
