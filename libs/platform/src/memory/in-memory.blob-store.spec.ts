import { describeBlobStoreContract } from '../contracts/blob-store.contract';
import { InMemoryBlobStore } from './in-memory.blob-store';

describeBlobStoreContract('in-memory', async () => new InMemoryBlobStore());
