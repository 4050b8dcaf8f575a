import { describeBlobStoreContract } from '../contracts/blob-store.contract';
import { closedAfterAll, whenServer } from '../contracts/server-suites';
import { GridFsBlobStore } from './gridfs.blob-store';

whenServer(
  'MONGODB_URL',
  'GridFS blob store contract',
  'runs the shared contract against a real MongoDB-wire server',
  (url) =>
    describeBlobStoreContract(
      'GridFS',
      closedAfterAll(() => GridFsBlobStore.connect(url)),
    ),
);
