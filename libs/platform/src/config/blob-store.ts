import { z } from 'zod';
import { oneOf, optionalText, readPiece, refuse, type Environment } from './piece';

const schema = z
  .object({ BLOB_STORE: oneOf('BLOB_STORE', ['files', 'gridfs'], 'files'), MONGODB_URL: optionalText() })
  .superRefine((variables, context) => {
    if (variables.BLOB_STORE === 'gridfs' && !variables.MONGODB_URL) {
      refuse(context, 'BLOB_STORE=gridfs needs MONGODB_URL (e.g. mongodb://localhost:27017/quickclaim)');
    }
  })
  .transform((variables) => ({
    blobStore: variables.BLOB_STORE,
    ...(variables.MONGODB_URL ? { mongodbUrl: variables.MONGODB_URL } : {}),
  }));

/** Where photos live: content-addressed files under DATA_DIR/blobs, or MongoDB's GridFS. */
export type BlobStoreConfig = z.output<typeof schema>;

export function blobStoreConfig(env: Environment): BlobStoreConfig {
  return readPiece(schema, { BLOB_STORE: env.BLOB_STORE, MONGODB_URL: env.MONGODB_URL });
}
