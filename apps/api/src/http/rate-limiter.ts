import type { OnApplicationShutdown } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterMongo, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimitClass } from '@quickclaim/http';
import type { RateLimit, RateLimits } from '../configuration/rate-limits';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; scope: 'user' | 'address' };

/**
 * Where the counters live (rate-limiter-flexible's fixed windows): this process's memory (one API
 * instance), or MongoDB, where every API instance counts in the same documents.
 */
export interface RateCounters {
  /** `points` per `seconds` under `name`: the same counts for the same name in every limiter over these counters. */
  window(name: string, points: number, seconds: number): RateLimiterAbstract;
  close(): Promise<void>;
}

export function countersInMemory(): RateCounters {
  const windows = new Map<string, RateLimiterMemory>();
  return {
    window(name, points, seconds) {
      const key = `${name}|${points}|${seconds}`;
      let window = windows.get(key);
      if (!window) {
        window = new RateLimiterMemory({ keyPrefix: name, points, duration: seconds });
        windows.set(key, window);
      }
      return window;
    },
    close: async () => windows.clear(),
  };
}

/** What the MongoDB counters need of a mongoose connection. */
export interface MongoCountersConnection {
  collection(name: string): unknown;
  close(): Promise<void>;
}

/**
 * Counters in one MongoDB collection (`rate_limits`, expired windows removed by a TTL index).
 * While MongoDB cannot be reached each instance counts in its own memory instead, so the limits
 * still hold per instance and no request fails because of them.
 */
export function countersInMongo(connection: MongoCountersConnection): RateCounters {
  return {
    window: (name, points, seconds) =>
      new RateLimiterMongo({
        storeClient: connection,
        tableName: 'rate_limits',
        keyPrefix: name,
        points,
        duration: seconds,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points, duration: seconds }),
      }),
    close: () => connection.close(),
  };
}

/** Opens the counters for MONGODB_URL; mongoose is loaded only then. */
export async function connectCountersInMongo(url: string): Promise<RateCounters> {
  const { default: mongoose } = await import('mongoose');
  const connection = await mongoose.createConnection(url, { serverSelectionTimeoutMS: 5000 }).asPromise();
  return countersInMongo(connection);
}

/**
 * "N per window" as a burst of N at once, then one every window/N: a steady window of one point
 * per window/N, and a burst allowance of N−1 more that comes back N windows after it was first
 * drawn on. So N requests in a row pass and the next waits at most window/N, while over a long run
 * no more than about N(1 + 1/N) pass per window.
 */
class Allowance {
  private readonly steady: RateLimiterAbstract;
  private readonly burst: RateLimiterAbstract | null;

  constructor(counters: RateCounters, name: string, limit: RateLimit) {
    const windowSeconds = limit.windowMs / 1000;
    this.steady = counters.window(name, 1, windowSeconds / limit.limit);
    this.burst =
      limit.limit > 1 ? counters.window(`${name}:burst`, limit.limit - 1, windowSeconds * limit.limit) : null;
  }

  /** Takes one request's worth, or says how long until there is one again. */
  async take(key: string): Promise<{ taken: RateLimiterAbstract } | { waitMs: number }> {
    try {
      await this.steady.consume(key);
      return { taken: this.steady };
    } catch (steadyRefusal) {
      const steadyWaitMs = refusalWaitMs(steadyRefusal);
      if (!this.burst) return { waitMs: steadyWaitMs };
      try {
        await this.burst.consume(key);
        return { taken: this.burst };
      } catch (burstRefusal) {
        return { waitMs: Math.min(steadyWaitMs, refusalWaitMs(burstRefusal)) };
      }
    }
  }
}

/** rate-limiter-flexible refuses with a RateLimiterRes; anything else is a real failure. */
function refusalWaitMs(refusal: unknown): number {
  if (!(refusal instanceof RateLimiterRes)) throw refusal;
  return refusal.msBeforeNext;
}

/**
 * Limits per user and per client address for each class of request (uploads, reports,
 * decisions). A request passes only when both of its allowances have room; a request refused by
 * its address gives back what it took from its user, so a crowded address does not use up its
 * users' own allowance. A refused request never pushes the wait further out (windows are fixed).
 */
export class RateLimiter implements OnApplicationShutdown {
  private readonly allowances: Record<RateLimitClass, { user: Allowance | null; address: Allowance | null }>;

  constructor(
    limits: RateLimits,
    private readonly counters: RateCounters = countersInMemory(),
  ) {
    const allowance = (name: string, limit: RateLimit | null) => (limit ? new Allowance(counters, name, limit) : null);
    const of = (kind: RateLimitClass) => ({
      user: allowance(`${kind}:user`, limits[kind].perUser),
      address: allowance(`${kind}:address`, limits[kind].perIp),
    });
    this.allowances = { uploads: of('uploads'), reports: of('reports'), decisions: of('decisions') };
  }

  async take(kind: RateLimitClass, user: string, address: string): Promise<RateDecision> {
    const { user: perUser, address: perAddress } = this.allowances[kind];
    const byUser = perUser ? await perUser.take(user) : null;
    if (byUser && 'waitMs' in byUser) return refused(byUser.waitMs, 'user');
    const byAddress = perAddress ? await perAddress.take(address) : null;
    if (byAddress && 'waitMs' in byAddress) {
      if (byUser) await byUser.taken.reward(user, 1);
      return refused(byAddress.waitMs, 'address');
    }
    return { allowed: true };
  }

  /** The MongoDB counters' connection closes with the application. */
  onApplicationShutdown(): Promise<void> {
    return this.counters.close();
  }
}

function refused(waitMs: number, scope: 'user' | 'address'): RateDecision {
  // A hair off for floating point, so a wait of exactly 1 s is not rounded up to 2.
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000 - 1e-9)), scope };
}
