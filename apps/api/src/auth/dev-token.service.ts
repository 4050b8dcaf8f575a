import { createSecretKey, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { InvalidTokenError, principalFromClaims } from './claims';
import type { Principal } from '@quickclaim/http';
import { loadOrCreateSecret } from './secret-file';
import type { TokenService } from './token.service';
import { VerifiedTokenCache } from './verified-token-cache';

const ISSUER = 'quickclaim-development';
const AUDIENCE = 'quickclaim';
const LIFETIME = '12h';
const CLOCK_SKEW_SECONDS = 30;

/**
 * Development authentication: HS256 tokens signed with a secret generated into the data folder
 * on first start, so tokens survive a restart of the embedded server and never work elsewhere.
 */
export class DevelopmentTokenService implements TokenService {
  /** A key object made once: given raw bytes, jose would build one for every request it verifies. */
  private readonly secret: KeyObject;
  private readonly verified: VerifiedTokenCache;

  /** `now` is the clock expiry is checked against, by jose and by the cache of verified tokens alike. */
  constructor(
    dataDir: string,
    private readonly now: () => number = Date.now,
  ) {
    this.secret = createSecretKey(loadOrCreateSecret(join(dataDir, 'dev-auth.secret')));
    this.verified = new VerifiedTokenCache(now);
  }

  async issue(principal: Principal): Promise<string> {
    const { sub, ...claims } = principal;
    return new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(sub)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(LIFETIME)
      .sign(this.secret);
  }

  async verify(token: string): Promise<Principal> {
    const known = this.verified.get(token);
    if (known) return known;
    try {
      const { payload } = await jwtVerify(token, this.secret, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        clockTolerance: CLOCK_SKEW_SECONDS,
        requiredClaims: ['exp', 'sub'],
        currentDate: new Date(this.now()),
      });
      return this.verified.remember(token, principalFromClaims(payload, 'development'), payload.exp);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      if (error instanceof joseErrors.JOSEError) throw new InvalidTokenError(error.message);
      throw error;
    }
  }
}
