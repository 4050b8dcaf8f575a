import type { Principal } from '@quickclaim/http';

/** A few thousand phones and desks at once; each entry is a token string and its principal. */
export const VERIFIED_TOKEN_CACHE_SIZE = 4096;

interface Entry {
  principal: Principal;
  expiresAtMs: number;
}

/**
 * Tokens already verified, with the principal they gave, until their `exp` and never past it:
 * a phone sends the same bearer token with every request, and verifying its signature and claims
 * again each time was 5.6 % of a command's CPU (docs/benchmarks.md). Keyed by the whole token
 * string, so any other token, even one differing in its signature alone, is verified anew; only
 * tokens that passed verification are remembered. Bounded: the least recently used entry goes
 * first. `now` must be the clock the verifier checks `exp` against.
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, Entry>();

  /**
   * `maxAgeMs` bounds how long a verification is trusted even before `exp`: a key that the
   * identity provider withdraws from its JWKS is noticed only when jose fetches the set again.
   */
  constructor(
    private readonly now: () => number = Date.now,
    private readonly options: { maxEntries?: number; maxAgeMs?: number } = {},
  ) {}

  /** The principal of a token verified before and not yet expired, or undefined. */
  get(token: string): Principal | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    this.entries.delete(token);
    if (this.now() >= entry.expiresAtMs) return undefined;
    this.entries.set(token, entry);
    return entry.principal;
  }

  /** Remembers a verified token until `exp` (seconds since the epoch, as in the JWT); returns the shared principal. */
  remember(token: string, principal: Principal, exp: unknown): Principal {
    if (typeof exp !== 'number' || !Number.isFinite(exp)) return principal;
    const now = this.now();
    const expiresAtMs = Math.min(exp * 1000, now + (this.options.maxAgeMs ?? Number.POSITIVE_INFINITY));
    if (now >= expiresAtMs) return principal;
    // Frozen: every later request with this token shares the object.
    const shared = Object.freeze({ ...principal });
    this.entries.delete(token);
    this.entries.set(token, { principal: shared, expiresAtMs });
    const maxEntries = this.options.maxEntries ?? VERIFIED_TOKEN_CACHE_SIZE;
    while (this.entries.size > maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return shared;
  }

  get size(): number {
    return this.entries.size;
  }
}
