import type { RateLimit, RateLimitClass, RateLimits } from '../configuration/rate-limits';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; scope: 'user' | 'address' };

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets beyond this many are swept of the full ones (a full bucket is the same as none). */
const SWEEP_ABOVE = 10_000;

/**
 * Token buckets per user and per client address for each class of request (uploads, reports,
 * decisions). A request is let through only when both of its buckets hold a token, and then
 * takes one from each; a refused request takes nothing, so a flood cannot dig a debt. Time is
 * the process's monotonic clock (wall-clock jumps and the business clock do not matter here).
 * Limits are per API process: several instances behind a balancer each count their own share.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limits: RateLimits,
    private readonly now: () => number = () => performance.now(),
  ) {}

  take(kind: RateLimitClass, user: string, address: string): RateDecision {
    const { perUser, perIp } = this.limits[kind];
    const now = this.now();
    const checks = [
      ...(perUser ? [{ key: `${kind}|user|${user}`, limit: perUser, scope: 'user' as const }] : []),
      ...(perIp ? [{ key: `${kind}|address|${address}`, limit: perIp, scope: 'address' as const }] : []),
    ].map((check) => ({ ...check, tokens: this.tokens(check.key, check.limit, now) }));
    const empty = checks.filter((check) => check.tokens < 1);
    if (empty.length > 0) {
      const waits = empty.map((check) => ({ scope: check.scope, ms: waitMs(check.tokens, check.limit) }));
      const longest = waits.reduce((left, right) => (right.ms > left.ms ? right : left));
      return {
        allowed: false,
        // A hair off for floating point, so a wait of exactly 1 s is not rounded up to 2.
        retryAfterSeconds: Math.max(1, Math.ceil(longest.ms / 1000 - 1e-9)),
        scope: longest.scope,
      };
    }
    for (const check of checks) this.buckets.set(check.key, { tokens: check.tokens - 1, at: now });
    if (this.buckets.size > SWEEP_ABOVE) this.sweep(now);
    return { allowed: true };
  }

  private tokens(key: string, limit: RateLimit, now: number): number {
    const bucket = this.buckets.get(key);
    if (!bucket) return limit.limit;
    return Math.min(limit.limit, bucket.tokens + ((now - bucket.at) * limit.limit) / limit.windowMs);
  }

  private sweep(now: number): void {
    for (const key of [...this.buckets.keys()]) {
      const [kind, scope] = key.split('|') as [RateLimitClass, 'user' | 'address'];
      const limit = scope === 'user' ? this.limits[kind].perUser : this.limits[kind].perIp;
      if (!limit || this.tokens(key, limit, now) >= limit.limit) this.buckets.delete(key);
    }
  }
}

/** How long until the bucket holds one whole token again. */
function waitMs(tokens: number, limit: RateLimit): number {
  return ((1 - tokens) * limit.windowMs) / limit.limit;
}
