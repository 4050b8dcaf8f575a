import mongoose, { type Connection } from 'mongoose';
import {
  judgeRepeatedKey,
  type IdempotencyClaim,
  type IdempotencyStore,
  type StoredResponse,
} from '../ports/idempotency.port';

interface KeyRecord {
  _id: string;
  requestHash: string;
  response: StoredResponse | null;
  createdAt: Date;
}

/**
 * Idempotency records in MongoDB, shared by every API instance: a retry that reaches another
 * instance than its first attempt still gets the first answer. The key is the document id, so of
 * two concurrent claims MongoDB's unique `_id` lets exactly one insert win.
 */
export class MongoIdempotencyStore implements IdempotencyStore {
  private constructor(
    private readonly connection: Connection,
    private readonly keys: mongoose.mongo.Collection<KeyRecord>,
  ) {}

  static async connect(uri: string, collection = 'idempotency_keys'): Promise<MongoIdempotencyStore> {
    const connection = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 5000 }).asPromise();
    const db = connection.db;
    if (!db) throw new Error('MongoDB connection has no database');
    return new MongoIdempotencyStore(connection, db.collection<KeyRecord>(collection));
  }

  async claim(key: string, requestHash: string, now: Date): Promise<IdempotencyClaim> {
    try {
      await this.keys.insertOne({ _id: key, requestHash, response: null, createdAt: now });
      return { outcome: 'claimed' };
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const record = await this.keys.findOne({ _id: key });
    // Released between our insert and this read: try again.
    if (!record) return this.claim(key, requestHash, now);
    return judgeRepeatedKey({ requestHash: record.requestHash, response: record.response }, requestHash);
  }

  async complete(key: string, response: StoredResponse): Promise<void> {
    await this.keys.updateOne({ _id: key }, { $set: { response } });
  }

  async release(key: string): Promise<void> {
    await this.keys.deleteOne({ _id: key, response: null });
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}

function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 11000;
}
