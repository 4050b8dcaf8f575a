import type { IdempotencyClaim, IdempotencyStore, StoredResponse } from './idempotency.port';

interface Entry {
  requestHash: string;
  response: StoredResponse | null;
}

export class InMemoryIdempotencyStore implements IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  async claim(key: string, requestHash: string): Promise<IdempotencyClaim> {
    const entry = this.entries.get(key);
    if (!entry) {
      this.entries.set(key, { requestHash, response: null });
      return { outcome: 'claimed' };
    }
    return judge(entry, requestHash);
  }

  async complete(key: string, response: StoredResponse): Promise<void> {
    const entry = this.entries.get(key);
    if (entry) entry.response = response;
  }

  async release(key: string): Promise<void> {
    this.entries.delete(key);
  }
}

export function judge(entry: Entry, requestHash: string): IdempotencyClaim {
  if (entry.requestHash !== requestHash) return { outcome: 'reused_with_other_request' };
  if (!entry.response) return { outcome: 'in_progress' };
  return { outcome: 'replay', response: entry.response };
}
