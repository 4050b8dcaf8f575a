import { oneOf, readPiece, refuse, type Environment } from '@quickclaim/platform/config/piece';
import type { RateLimitClass } from '@quickclaim/http';
import { z } from 'zod';

/** At most `limit` requests per `windowMs`. */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

/** `null` means no limit of that kind. */
export type RateLimits = Record<RateLimitClass, { perUser: RateLimit | null; perIp: RateLimit | null }>;

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };

/** `60/1m` (60 a minute), `30/10m`, `5/30s`, or `off`. */
function rateLimitText(name: string, fallback: string) {
  return z
    .string()
    .default(fallback)
    .transform((value, context): RateLimit | null => {
      if (value.trim() === 'off') return null;
      const match = /^\s*(\d+)\s*\/\s*(\d+)\s*([smh])\s*$/.exec(value);
      const limit = Number(match?.[1]);
      const windowMs = Number(match?.[2]) * (UNIT_MS[match?.[3] ?? ''] ?? Number.NaN);
      if (!match || !Number.isSafeInteger(limit) || limit < 1 || !(windowMs > 0)) {
        refuse(context, `${name} must look like 60/1m (count per 30s, 10m, 1h…) or off, got "${value}"`);
        return z.NEVER;
      }
      return { limit, windowMs };
    });
}

/** One limit as written in a variable: `rateLimit('30/10m', 'RATE_LIMIT_REPORTS')`. */
export function rateLimit(value: string, name: string): RateLimit | null {
  return readPiece(rateLimitText(name, value), value);
}

/**
 * Defaults meant for real use: a driver reports or joins a handful of cases, uploads up to 30
 * photos a case, and answers a few decisions; an officer or adjuster decides a case a minute.
 * The per-address limits are ten times the per-user ones because many phones share one address
 * behind a carrier's NAT.
 */
const schema = z
  .object({
    RATE_LIMITS: oneOf('RATE_LIMITS', ['on', 'off'], 'on'),
    RATE_LIMIT_UPLOADS: rateLimitText('RATE_LIMIT_UPLOADS', '60/1m'),
    RATE_LIMIT_UPLOADS_PER_IP: rateLimitText('RATE_LIMIT_UPLOADS_PER_IP', '600/1m'),
    RATE_LIMIT_REPORTS: rateLimitText('RATE_LIMIT_REPORTS', '30/10m'),
    RATE_LIMIT_REPORTS_PER_IP: rateLimitText('RATE_LIMIT_REPORTS_PER_IP', '300/10m'),
    RATE_LIMIT_DECISIONS: rateLimitText('RATE_LIMIT_DECISIONS', '120/1m'),
    RATE_LIMIT_DECISIONS_PER_IP: rateLimitText('RATE_LIMIT_DECISIONS_PER_IP', '1200/1m'),
  })
  .transform((variables): RateLimits => {
    const on = variables.RATE_LIMITS === 'on';
    const pair = (perUser: RateLimit | null, perIp: RateLimit | null) =>
      on ? { perUser, perIp } : { perUser: null, perIp: null };
    return {
      uploads: pair(variables.RATE_LIMIT_UPLOADS, variables.RATE_LIMIT_UPLOADS_PER_IP),
      reports: pair(variables.RATE_LIMIT_REPORTS, variables.RATE_LIMIT_REPORTS_PER_IP),
      decisions: pair(variables.RATE_LIMIT_DECISIONS, variables.RATE_LIMIT_DECISIONS_PER_IP),
    };
  });

/** Per-user and per-address limits of each class of request (429 with Retry-After beyond); `RATE_LIMITS=off` lifts them all. */
export function rateLimitsConfig(env: Environment): RateLimits {
  return readPiece(schema, {
    RATE_LIMITS: env.RATE_LIMITS,
    RATE_LIMIT_UPLOADS: env.RATE_LIMIT_UPLOADS,
    RATE_LIMIT_UPLOADS_PER_IP: env.RATE_LIMIT_UPLOADS_PER_IP,
    RATE_LIMIT_REPORTS: env.RATE_LIMIT_REPORTS,
    RATE_LIMIT_REPORTS_PER_IP: env.RATE_LIMIT_REPORTS_PER_IP,
    RATE_LIMIT_DECISIONS: env.RATE_LIMIT_DECISIONS,
    RATE_LIMIT_DECISIONS_PER_IP: env.RATE_LIMIT_DECISIONS_PER_IP,
  });
}
