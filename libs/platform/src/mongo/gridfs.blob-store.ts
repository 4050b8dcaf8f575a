import mongoose, { type Connection } from 'mongoose';
import { BlobStoreUnavailableError, type BlobStore } from '../ports/blob-store.port';

const BUCKET = 'photos';

/**
 * Blobs in MongoDB GridFS through mongoose's connection: one GridFS file per key (the file name),
 * with its content type in the file's metadata. A key written twice keeps its first bytes.
 */
export class GridFsBlobStore implements BlobStore {
  private constructor(
    private readonly connection: Connection,
    private readonly bucket: InstanceType<typeof mongoose.mongo.GridFSBucket>,
  ) {}

  static async connect(uri: string): Promise<GridFsBlobStore> {
    try {
      const connection = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 5000 }).asPromise();
      const db = connection.db;
      if (!db) throw new Error('MongoDB connection has no database');
      const bucket = new mongoose.mongo.GridFSBucket(db, { bucketName: BUCKET });
      await db.collection(`${BUCKET}.files`).createIndex({ filename: 1 }, { unique: true });
      return new GridFsBlobStore(connection, bucket);
    } catch (error) {
      throw new BlobStoreUnavailableError(`Cannot reach MongoDB for photos: ${String(error)}`, { cause: error });
    }
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    if (await this.exists(key)) return;
    await new Promise<void>((resolve, reject) => {
      const upload = this.bucket.openUploadStream(key, { metadata: { contentType } });
      upload.once('finish', () => resolve());
      upload.once('error', (error: unknown) => (isDuplicateKey(error) ? resolve() : reject(error)));
      upload.end(bytes);
    });
  }

  async get(key: string): Promise<{ bytes: Buffer; contentType: string } | null> {
    const [file] = await this.bucket.find({ filename: key }).limit(1).toArray();
    if (!file) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of this.bucket.openDownloadStream(file._id)) chunks.push(chunk as Buffer);
    const contentType =
      (file.metadata as { contentType?: string } | undefined)?.contentType ?? 'application/octet-stream';
    return { bytes: Buffer.concat(chunks), contentType };
  }

  async exists(key: string): Promise<boolean> {
    return (await this.bucket.find({ filename: key }).limit(1).toArray()).length > 0;
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}

function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 11000;
}
