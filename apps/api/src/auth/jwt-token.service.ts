import { createPublicKey, type KeyObject } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, errors as joseErrors, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from '../configuration/auth';
import { InvalidTokenError, principalFromClaims } from './claims';
import type { Principal } from '@quickclaim/http';
import type { TokenService } from './token.service';
import { VerifiedTokenCache } from './verified-token-cache';

type JwtAuthConfig = Extract<AuthConfig, { mode: 'jwt' }>;

const JWKS_CACHE_MAX_AGE_MS = 10 * 60_000;

/** The identity provider's keys cannot be fetched: not the caller's fault, so 503 rather than 401. */
export class KeySourceUnavailableError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'KeySourceUnavailableError';
  }
}

/**
 * Production authentication: bearer JWTs from the identity provider, verified against its public
 * key (PEM) or its JWKS URL. Only the configured asymmetric algorithms pass (never `none`, never
 * HS*), and issuer, audience, expiry and not-before are checked with a small clock skew.
 */
export class JwtTokenService implements TokenService {
  private readonly key: KeyObject | JWTVerifyGetKey;
  private readonly verified: VerifiedTokenCache;

  /** `now` is the clock expiry is checked against, by jose and by the cache of verified tokens alike. */
  constructor(
    private readonly config: JwtAuthConfig,
    private readonly now: () => number = Date.now,
  ) {
    // No verification is trusted for longer than jose keeps the JWKS it checked it against.
    this.verified = new VerifiedTokenCache(now, { maxAgeMs: JWKS_CACHE_MAX_AGE_MS });
    this.key =
      config.key.kind === 'pem'
        ? createPublicKey(config.key.pem)
        : createRemoteJWKSet(new URL(config.key.url), {
            timeoutDuration: 5_000,
            cooldownDuration: 30_000,
            cacheMaxAge: JWKS_CACHE_MAX_AGE_MS,
          });
  }

  async verify(token: string): Promise<Principal> {
    const known = this.verified.get(token);
    if (known) return known;
    try {
      const options = {
        algorithms: this.config.algorithms,
        issuer: this.config.issuer,
        audience: this.config.audiences,
        clockTolerance: this.config.clockSkewSeconds,
        requiredClaims: ['exp', 'sub'],
        currentDate: new Date(this.now()),
      };
      const { payload } =
        typeof this.key === 'function'
          ? await jwtVerify(token, this.key, options)
          : await jwtVerify(token, this.key, options);
      return this.verified.remember(token, principalFromClaims(payload, 'production'), payload.exp);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid)
        throw new KeySourceUnavailableError(error.message);
      if (error instanceof joseErrors.JOSEError) throw new InvalidTokenError(error.message);
      if (this.config.key.kind === 'jwks') {
        throw new KeySourceUnavailableError(error instanceof Error ? error.message : String(error));
      }
      throw error;
    }
  }
}
