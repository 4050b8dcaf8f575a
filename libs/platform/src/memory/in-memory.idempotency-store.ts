import {
  judgeRepeatedKey,
  type IdempotencyClaim,
  type IdempotencyEntry,
  type IdempotencyStore,
  type StoredResponse,
} from '../ports/idempotency.port';

export class InMemoryIdempotencyStore implements IdempotencyStore {
  private readonly entries = new Map<string, IdempotencyEntry>();

  async claim(key: string, requestHash: string): Promise<IdempotencyClaim> {
    const entry = this.entries.get(key);
    if (!entry) {
      this.entries.set(key, { requestHash, response: null });
      return { outcome: 'claimed' };
    }
    return judgeRepeatedKey(entry, requestHash);
  }

  async complete(key: string, response: StoredResponse): Promise<void> {
    const entry = this.entries.get(key);
    if (entry) entry.response = response;
  }

  async release(key: string): Promise<void> {
    this.entries.delete(key);
  }
}
