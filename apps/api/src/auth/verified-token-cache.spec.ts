import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import type { Principal } from '@quickclaim/http';
import { InvalidTokenError } from './claims';
import { DevelopmentTokenService } from './dev-token.service';
import { JwtTokenService } from './jwt-token.service';
import { VerifiedTokenCache } from './verified-token-cache';

const driver: Principal = { sub: 'driver-1', role: 'driver', phone: '+8613800000001' };

function tamperSignature(token: string): string {
  const last = token.at(-2) === 'A' ? 'B' : 'A';
  return `${token.slice(0, -2)}${last}${token.at(-1)}`;
}

describe('VerifiedTokenCache', () => {
  it('answers a remembered token until its exp and not at it', () => {
    let now = 1_000_000;
    const cache = new VerifiedTokenCache(() => now);
    cache.remember('token-a', driver, 1_060);
    now = 1_059_999;
    expect(cache.get('token-a')).toEqual(driver);
    now = 1_060_000;
    expect(cache.get('token-a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keys by the whole token string', () => {
    const cache = new VerifiedTokenCache(() => 0);
    cache.remember('header.payload.signature', driver, 60);
    expect(cache.get('header.payload.signaturf')).toBeUndefined();
    expect(cache.get('header.payload.signature')).toEqual(driver);
  });

  it('forgets the least recently used token beyond its bound', () => {
    const cache = new VerifiedTokenCache(() => 0, { maxEntries: 2 });
    cache.remember('a', driver, 60);
    cache.remember('b', driver, 60);
    cache.get('a');
    cache.remember('c', driver, 60);
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual(driver);
    expect(cache.get('c')).toEqual(driver);
  });

  it('trusts a verification no longer than its maximum age, nor a token without a numeric exp', () => {
    let now = 0;
    const cache = new VerifiedTokenCache(() => now, { maxAgeMs: 1_000 });
    cache.remember('a', driver, 3_600);
    cache.remember('b', driver, undefined);
    cache.remember('c', driver, -1);
    now = 999;
    expect(cache.get('a')).toEqual(driver);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('c')).toBeUndefined();
    now = 1_000;
    expect(cache.get('a')).toBeUndefined();
  });

  it('hands out a frozen principal, so no request can change the next one', () => {
    const cache = new VerifiedTokenCache(() => 0);
    const shared = cache.remember('a', { ...driver }, 60);
    expect(Object.isFrozen(shared)).toBe(true);
    expect(cache.get('a')).toBe(shared);
  });
});

describe('DevelopmentTokenService with its cache of verified tokens', () => {
  const LIFETIME_MS = 12 * 3_600_000;
  const SKEW_MS = 30_000;
  let now: number;
  let service: DevelopmentTokenService;

  beforeEach(() => {
    now = Date.now();
    service = new DevelopmentTokenService(mkdtempSync(join(tmpdir(), 'qc-auth-')), () => now);
  });

  it('refuses a token it verified before once the clock passes its exp', async () => {
    const token = await service.issue(driver);
    await expect(service.verify(token)).resolves.toEqual(driver);
    now += LIFETIME_MS - 60_000;
    await expect(service.verify(token)).resolves.toEqual(driver);
    now += 60_000 + SKEW_MS + 2_000;
    await expect(service.verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('verifies a different token anew: one with a changed signature is refused after the good one passed', async () => {
    const token = await service.issue(driver);
    await expect(service.verify(token)).resolves.toEqual(driver);
    await expect(service.verify(tamperSignature(token))).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('never remembers a token whose signature does not verify', async () => {
    const forged = tamperSignature(await service.issue(driver));
    await expect(service.verify(forged)).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(service.verify(forged)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('answers a token of another principal with that principal', async () => {
    const other: Principal = { sub: 'driver-2', role: 'driver', phone: '+8613800000002' };
    await service.verify(await service.issue(driver));
    await expect(service.verify(await service.issue(other))).resolves.toEqual(other);
  });
});

describe('JwtTokenService with its cache of verified tokens', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const config = {
    mode: 'jwt' as const,
    issuer: 'https://idp.example',
    audiences: ['quickclaim'],
    algorithms: ['ES256' as const],
    clockSkewSeconds: 0,
    key: { kind: 'pem' as const, pem: publicKey.export({ type: 'spki', format: 'pem' }).toString() },
  };
  const sign = (expSeconds: number) =>
    new SignJWT({ role: 'driver', phone: driver.phone })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject(driver.sub)
      .setIssuer(config.issuer)
      .setAudience('quickclaim')
      .setExpirationTime(expSeconds)
      .sign(privateKey);

  it('refuses a cached token at its exp, and a tampered one at any time', async () => {
    let now = Date.now();
    const service = new JwtTokenService(config, () => now);
    const exp = Math.floor(now / 1000) + 120;
    const token = await sign(exp);
    await expect(service.verify(token)).resolves.toEqual(driver);
    await expect(service.verify(tamperSignature(token))).rejects.toBeInstanceOf(InvalidTokenError);
    now = exp * 1000 - 1;
    await expect(service.verify(token)).resolves.toEqual(driver);
    now = exp * 1000 + 1_000;
    await expect(service.verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
