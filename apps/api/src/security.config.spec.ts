import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';
import { rateLimit } from './configuration/rate-limits';

const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const PUBLIC_PEM = publicKey.export({ type: 'spki', format: 'pem' }).toString();
const PRIVATE_PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

const jwt = (extra: Record<string, string> = {}) => ({
  AUTH_MODE: 'jwt',
  AUTH_JWT_ISSUER: 'https://id.example',
  AUTH_JWT_AUDIENCE: 'quickclaim-api',
  AUTH_JWT_PUBLIC_KEY: PUBLIC_PEM,
  ...extra,
});

describe('security configuration', () => {
  it('uses development auth and the default limits on the embedded platform', () => {
    const { security } = loadConfig({});
    expect(security.auth).toEqual({ mode: 'development' });
    expect(security.rateLimits.uploads).toEqual({
      perUser: { limit: 60, windowMs: 60_000 },
      perIp: { limit: 600, windowMs: 60_000 },
    });
    expect(security).toMatchObject({ corsOrigins: [], trustProxy: false, maxJsonBodyBytes: 65_536, logLevel: 'info' });
  });

  it('defaults to JWT auth in production, and reads a key from a PEM, a file or a JWKS URL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qc-key-'));
    writeFileSync(join(dir, 'key.pem'), PUBLIC_PEM);
    const { AUTH_MODE: _mode, ...withoutMode } = jwt();
    const production = loadConfig({ ...withoutMode, NODE_ENV: 'production', CONFIRMATION_CODE_SECRET: 's'.repeat(32) });
    expect(production.security.auth).toMatchObject({
      mode: 'jwt',
      issuer: 'https://id.example',
      audiences: ['quickclaim-api'],
      algorithms: ['RS256', 'ES256'],
      clockSkewSeconds: 30,
      key: { kind: 'pem' },
    });
    const fromFile = loadConfig(jwt({ AUTH_JWT_PUBLIC_KEY: '', AUTH_JWT_PUBLIC_KEY_FILE: join(dir, 'key.pem') }));
    expect(fromFile.security.auth).toMatchObject({ key: { kind: 'pem', pem: PUBLIC_PEM } });
    const escaped = loadConfig(jwt({ AUTH_JWT_PUBLIC_KEY: PUBLIC_PEM.replace(/\n/g, '\\n') }));
    expect(escaped.security.auth).toMatchObject({ key: { pem: PUBLIC_PEM } });
    const jwks = loadConfig(
      jwt({
        AUTH_JWT_PUBLIC_KEY: '',
        AUTH_JWKS_URL: 'https://id.example/.well-known/jwks.json',
        AUTH_JWT_AUDIENCE: 'a, b',
      }),
    );
    expect(jwks.security.auth).toMatchObject({ audiences: ['a', 'b'], key: { kind: 'jwks' } });
  });

  it.each([
    [{ NODE_ENV: 'production', AUTH_MODE: 'development' }, 'AUTH_MODE=development is refused'],
    [jwt({ AUTH_JWT_ISSUER: '' }), 'AUTH_JWT_ISSUER'],
    [jwt({ AUTH_JWT_AUDIENCE: '' }), 'AUTH_JWT_AUDIENCE'],
    [jwt({ AUTH_JWT_PUBLIC_KEY: '' }), 'exactly one of'],
    [jwt({ AUTH_JWKS_URL: 'https://id.example/jwks' }), 'AUTH_JWT_PUBLIC_KEY and AUTH_JWKS_URL'],
    [jwt({ AUTH_JWT_ALGORITHMS: 'RS256,none' }), '"none" is refused'],
    [jwt({ AUTH_JWT_ALGORITHMS: 'HS256' }), '"HS256" is refused'],
    [jwt({ AUTH_JWT_PUBLIC_KEY: PRIVATE_PEM }), 'never the private key'],
    [jwt({ AUTH_JWT_PUBLIC_KEY: 'not a key' }), 'must be PEM'],
    [jwt({ AUTH_JWT_PUBLIC_KEY_FILE: '/nonexistent/key.pem', AUTH_JWT_PUBLIC_KEY: '' }), 'cannot be read'],
    [{ ...jwt({ AUTH_JWT_PUBLIC_KEY: '', AUTH_JWKS_URL: 'http://id.example/jwks' }), NODE_ENV: 'production' }, 'https'],
    [jwt({ AUTH_CLOCK_SKEW_SECONDS: '3600' }), 'at most 300'],
    [{ RATE_LIMIT_UPLOADS: 'lots' }, 'RATE_LIMIT_UPLOADS must look like 60/1m'],
    [{ RATE_LIMIT_REPORTS_PER_IP: '0/1m' }, 'RATE_LIMIT_REPORTS_PER_IP'],
    [{ RATE_LIMITS: 'maybe' }, 'RATE_LIMITS'],
    [{ CORS_ORIGINS: '*' }, 'CORS_ORIGINS'],
    [{ CORS_ORIGINS: 'https://desk.example/path' }, 'CORS_ORIGINS'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY=true'],
    [{ MAX_JSON_BODY_BYTES: '0' }, 'MAX_JSON_BODY_BYTES'],
    [{ LOG_LEVEL: 'chatty' }, 'LOG_LEVEL'],
  ])('refuses %p with a message naming %s', (env, named) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(ConfigError);
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(named);
  });

  it('reads rate limits as count per window, or off', () => {
    expect(rateLimit('30/10m', 'X')).toEqual({ limit: 30, windowMs: 600_000 });
    expect(rateLimit('5 / 30s', 'X')).toEqual({ limit: 5, windowMs: 30_000 });
    expect(rateLimit('off', 'X')).toBeNull();
    expect(loadConfig({ RATE_LIMITS: 'off' }).security.rateLimits.reports).toEqual({ perUser: null, perIp: null });
    expect(loadConfig({ RATE_LIMIT_DECISIONS_PER_IP: 'off' }).security.rateLimits.decisions.perIp).toBeNull();
  });

  it('reads the proxies to trust and the CORS origins', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).security.trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).security.trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(loadConfig({ CORS_ORIGINS: 'https://desk.example, http://localhost:5173' }).security.corsOrigins).toEqual([
      'https://desk.example',
      'http://localhost:5173',
    ]);
  });
});
