export const IDEMPOTENCY_STORE = Symbol('IDEMPOTENCY_STORE');

export interface StoredResponse {
  status: number;
  body: unknown;
}

export type IdempotencyClaim =
  | { outcome: 'claimed' }
  | { outcome: 'replay'; response: StoredResponse }
  | { outcome: 'in_progress' }
  | { outcome: 'reused_with_other_request' };

/**
 * Remembers the first response given to an `Idempotency-Key` so a retry gets it again and
 * changes nothing. `claim` is atomic: of two concurrent requests with one key, one proceeds.
 */
export interface IdempotencyStore {
  claim(key: string, requestHash: string, now: Date): Promise<IdempotencyClaim>;
  complete(key: string, response: StoredResponse): Promise<void>;
  /** Forget a claim whose request failed before it changed anything, so a retry can run. */
  release(key: string): Promise<void>;
  close?(): void | Promise<void>;
}

/** What a store keeps for a key: the hash of the first request, and its response once given. */
export interface IdempotencyEntry {
  requestHash: string;
  response: StoredResponse | null;
}

/** The answer to a key seen before, whichever store kept it. */
export function judgeRepeatedKey(entry: IdempotencyEntry, requestHash: string): IdempotencyClaim {
  if (entry.requestHash !== requestHash) return { outcome: 'reused_with_other_request' };
  if (!entry.response) return { outcome: 'in_progress' };
  return { outcome: 'replay', response: entry.response };
}
