/** MongoDB through mongoose: the read models, photos in GridFS, Idempotency-Key records. */
export * from './mongo.read-store';
export * from './gridfs.blob-store';
export * from './mongo.idempotency-store';
