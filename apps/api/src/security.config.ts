import { readFileSync } from 'node:fs';
import { ConfigError } from './config-error';

/**
 * Signature algorithms a production token may use: asymmetric only, so the API holds no secret
 * that could mint tokens, and never `none` or HS* (an HMAC "signed" with the public key is the
 * classic algorithm-confusion attack).
 */
export const ASYMMETRIC_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
] as const;
export type AsymmetricAlgorithm = (typeof ASYMMETRIC_ALGORITHMS)[number];

export type JwtKeySource = { kind: 'pem'; pem: string } | { kind: 'jwks'; url: string };

export type AuthConfig =
  | { mode: 'development' }
  | {
      mode: 'jwt';
      issuer: string;
      audiences: string[];
      algorithms: AsymmetricAlgorithm[];
      clockSkewSeconds: number;
      key: JwtKeySource;
    };

/** At most `limit` requests per `windowMs`, refilled evenly (a token bucket of `limit` tokens). */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

export const RATE_LIMIT_CLASSES = ['uploads', 'reports', 'decisions'] as const;
export type RateLimitClass = (typeof RATE_LIMIT_CLASSES)[number];

/** `null` means no limit of that kind. */
export type RateLimits = Record<RateLimitClass, { perUser: RateLimit | null; perIp: RateLimit | null }>;

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface SecurityConfig {
  auth: AuthConfig;
  rateLimits: RateLimits;
  /** Origins (scheme://host[:port]) whose web pages may call the API; none by default (same origin only). */
  corsOrigins: string[];
  /** Express's `trust proxy`: which proxies' X-Forwarded-For tells the client address; false trusts none. */
  trustProxy: false | number | string;
  maxJsonBodyBytes: number;
  logLevel: LogLevel;
}

/**
 * Defaults meant for real use: a driver reports or joins a handful of cases, uploads up to 30
 * photos a case, and answers a few decisions; an officer or adjuster decides a case a minute.
 * The per-address limits are ten times the per-user ones because many phones share one address
 * behind a carrier's NAT.
 */
const DEFAULT_RATE_LIMITS: Record<RateLimitClass, { perUser: string; perIp: string }> = {
  uploads: { perUser: '60/1m', perIp: '600/1m' },
  reports: { perUser: '30/10m', perIp: '300/10m' },
  decisions: { perUser: '120/1m', perIp: '1200/1m' },
};

const MAX_CLOCK_SKEW_SECONDS = 300;

export function loadSecurityConfig(env: NodeJS.ProcessEnv, production: boolean): SecurityConfig {
  return {
    auth: authConfig(env, production),
    rateLimits: rateLimits(env),
    corsOrigins: corsOrigins(env.CORS_ORIGINS),
    trustProxy: trustProxy(env.TRUST_PROXY),
    maxJsonBodyBytes: wholeNumber(env.MAX_JSON_BODY_BYTES ?? String(64 * 1024), 'MAX_JSON_BODY_BYTES', 1),
    logLevel: oneOf(env.LOG_LEVEL ?? 'info', 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const),
  };
}

function authConfig(env: NodeJS.ProcessEnv, production: boolean): AuthConfig {
  const mode = oneOf(env.AUTH_MODE ?? (production ? 'jwt' : 'development'), 'AUTH_MODE', [
    'development',
    'jwt',
  ] as const);
  if (mode === 'development') {
    if (production) throw new ConfigError('AUTH_MODE=development is refused when NODE_ENV=production');
    return { mode };
  }
  const issuer = required(env.AUTH_JWT_ISSUER, 'AUTH_JWT_ISSUER', 'the identity provider\'s "iss"');
  const audiences = list(required(env.AUTH_JWT_AUDIENCE, 'AUTH_JWT_AUDIENCE', 'this API\'s "aud"'));
  const algorithms = list(env.AUTH_JWT_ALGORITHMS ?? 'RS256,ES256').map((algorithm) => {
    if (!(ASYMMETRIC_ALGORITHMS as readonly string[]).includes(algorithm)) {
      throw new ConfigError(
        `AUTH_JWT_ALGORITHMS may list only ${ASYMMETRIC_ALGORITHMS.join(', ')}; "${algorithm}" is refused`,
      );
    }
    return algorithm as AsymmetricAlgorithm;
  });
  if (algorithms.length === 0) throw new ConfigError('AUTH_JWT_ALGORITHMS lists no algorithm');
  const clockSkewSeconds = wholeNumber(env.AUTH_CLOCK_SKEW_SECONDS ?? '30', 'AUTH_CLOCK_SKEW_SECONDS');
  if (clockSkewSeconds > MAX_CLOCK_SKEW_SECONDS) {
    throw new ConfigError(`AUTH_CLOCK_SKEW_SECONDS must be at most ${MAX_CLOCK_SKEW_SECONDS}`);
  }
  return { mode, issuer, audiences, algorithms, clockSkewSeconds, key: keySource(env, production) };
}

function keySource(env: NodeJS.ProcessEnv, production: boolean): JwtKeySource {
  const given = ['AUTH_JWT_PUBLIC_KEY', 'AUTH_JWT_PUBLIC_KEY_FILE', 'AUTH_JWKS_URL'].filter((name) => env[name]);
  if (given.length !== 1) {
    throw new ConfigError(
      'AUTH_MODE=jwt needs exactly one of AUTH_JWT_PUBLIC_KEY (PEM), AUTH_JWT_PUBLIC_KEY_FILE or AUTH_JWKS_URL' +
        (given.length > 1 ? `; got ${given.join(' and ')}` : ''),
    );
  }
  if (env.AUTH_JWKS_URL) {
    let url: URL;
    try {
      url = new URL(env.AUTH_JWKS_URL);
    } catch {
      throw new ConfigError(`AUTH_JWKS_URL is not a URL: "${env.AUTH_JWKS_URL}"`);
    }
    if (url.protocol !== 'https:' && (production || url.protocol !== 'http:')) {
      throw new ConfigError('AUTH_JWKS_URL must be https (plain http only outside production, for tests)');
    }
    return { kind: 'jwks', url: url.toString() };
  }
  const pem = env.AUTH_JWT_PUBLIC_KEY_FILE
    ? readKeyFile(env.AUTH_JWT_PUBLIC_KEY_FILE)
    : (env.AUTH_JWT_PUBLIC_KEY ?? '').replace(/\\n/g, '\n');
  if (/PRIVATE KEY/.test(pem)) {
    throw new ConfigError('The JWT key must be the public key (or certificate), never the private key');
  }
  if (!/-----BEGIN (PUBLIC KEY|CERTIFICATE|RSA PUBLIC KEY)-----/.test(pem)) {
    throw new ConfigError('The JWT public key must be PEM (-----BEGIN PUBLIC KEY----- or a certificate)');
  }
  return { kind: 'pem', pem };
}

function readKeyFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `AUTH_JWT_PUBLIC_KEY_FILE cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function rateLimits(env: NodeJS.ProcessEnv): RateLimits {
  const enabled = oneOf(env.RATE_LIMITS ?? 'on', 'RATE_LIMITS', ['on', 'off'] as const) === 'on';
  const limits = {} as RateLimits;
  for (const kind of RATE_LIMIT_CLASSES) {
    const variable = `RATE_LIMIT_${kind.toUpperCase()}`;
    limits[kind] = {
      perUser: enabled ? rateLimit(env[variable] ?? DEFAULT_RATE_LIMITS[kind].perUser, variable) : null,
      perIp: enabled
        ? rateLimit(env[`${variable}_PER_IP`] ?? DEFAULT_RATE_LIMITS[kind].perIp, `${variable}_PER_IP`)
        : null,
    };
  }
  return limits;
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };

/** `60/1m` (60 a minute), `30/10m`, `5/30s`, or `off`. */
export function rateLimit(value: string, name: string): RateLimit | null {
  if (value.trim() === 'off') return null;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*([smh])\s*$/.exec(value);
  const limit = Number(match?.[1]);
  const windowMs = Number(match?.[2]) * (UNIT_MS[match?.[3] ?? ''] ?? Number.NaN);
  if (!match || !Number.isSafeInteger(limit) || limit < 1 || !(windowMs > 0)) {
    throw new ConfigError(`${name} must look like 60/1m (count per 30s, 10m, 1h…) or off, got "${value}"`);
  }
  return { limit, windowMs };
}

function corsOrigins(value: string | undefined): string[] {
  return list(value ?? '').map((origin) => {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    if (!url || url.origin !== origin || !/^https?:$/.test(url.protocol)) {
      throw new ConfigError(
        `CORS_ORIGINS lists exact origins such as https://desk.example.cn (no path, no *); got "${origin}"`,
      );
    }
    return origin;
  });
}

function trustProxy(value: string | undefined): false | number | string {
  if (value === undefined || value === '' || value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true') {
    throw new ConfigError(
      'TRUST_PROXY=true would believe any X-Forwarded-For; give the proxies (loopback, an address or subnet list) or a hop count',
    );
  }
  return value;
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function required(value: string | undefined, name: string, what: string): string {
  if (!value || value.trim() === '') throw new ConfigError(`AUTH_MODE=jwt needs ${name} (${what})`);
  return value.trim();
}

function wholeNumber(value: string, name: string, minimum = 0): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < minimum) {
    throw new ConfigError(
      `${name} must be a whole number${minimum > 0 ? ` of at least ${minimum}` : ''}, got "${value}"`,
    );
  }
  return parsed;
}

function oneOf<T extends string>(value: string, name: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T;
}
