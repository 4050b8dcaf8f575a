import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';
import { Client, startServer, type TestServer } from '../harness';

/**
 * Production authentication (AUTH_MODE=jwt) against the attacks a token invites, and development
 * authentication against the same where they apply. Each refused token gets 401 INVALID_TOKEN,
 * never a 5xx and never a pass.
 */

const ISSUER = 'https://id.quickclaim.example';
const AUDIENCE = 'quickclaim-api';

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const nowSeconds = () => Math.floor(Date.now() / 1000);

const DRIVER = { sub: 'driver-7', role: 'driver', phone: '13800000007' };

async function sign(
  key: KeyLike | Uint8Array,
  claims: JWTPayload,
  options: {
    alg?: string;
    kid?: string;
    issuer?: string;
    audience?: string;
    expiresIn?: number;
    notBefore?: number;
  } = {},
): Promise<string> {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: options.alg ?? 'RS256', typ: 'JWT', ...(options.kid ? { kid: options.kid } : {}) })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(nowSeconds() + (options.expiresIn ?? 300));
  if (options.notBefore !== undefined) jwt.setNotBefore(options.notBefore);
  return jwt.sign(key);
}

async function statusWith(
  server: TestServer,
  token: string,
  path = '/me/cases',
): Promise<{ status: number; code?: string }> {
  const reply = await new Client(server.baseUrl, token).get<{ code?: string }>(path);
  return { status: reply.status, ...(reply.body.code ? { code: reply.body.code } : {}) };
}

const refused = { status: 401, code: 'INVALID_TOKEN' };

/** The server in jwt mode for our issuer and audience, with one source of keys and one algorithm. */
function productionServer(algorithm: string, keys: Record<string, string>): Promise<TestServer> {
  return startServer({
    env: {
      AUTH_MODE: 'jwt',
      AUTH_JWT_ISSUER: ISSUER,
      AUTH_JWT_AUDIENCE: AUDIENCE,
      AUTH_JWT_ALGORITHMS: algorithm,
      ...keys,
    },
  });
}

describe('production tokens verified against a public key (PEM)', () => {
  let server: TestServer;
  let privateKey: KeyLike;
  let publicPem: string;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    publicPem = await exportSPKI(pair.publicKey);
    server = await productionServer('RS256', { AUTH_JWT_PUBLIC_KEY: publicPem });
  });

  afterAll(async () => {
    await server.close();
  });

  it('accepts a valid token of each role, with the claims its role needs', async () => {
    expect(await statusWith(server, await sign(privateKey, DRIVER))).toEqual({ status: 200 });
    const officer = await sign(privateKey, { sub: 'officer-7', role: 'officer', district: 'yuzhong' });
    expect(await statusWith(server, officer, '/desk/queue')).toEqual({ status: 200 });
    const adjuster = await sign(privateKey, { sub: 'adjuster-7', role: 'adjuster', insurer: 'PICC' });
    expect(await statusWith(server, adjuster, '/insurer/claims')).toEqual({ status: 200 });
  });

  it('offers no development tokens', async () => {
    const reply = await new Client(server.baseUrl).post('/auth/dev-token', { sub: 'x', role: 'auditor' });
    expect(reply.status).toBe(404);
  });

  it('refuses an expired token, but tolerates a small clock skew', async () => {
    expect(await statusWith(server, await sign(privateKey, DRIVER, { expiresIn: -120 }))).toEqual(refused);
    expect(await statusWith(server, await sign(privateKey, DRIVER, { expiresIn: -10 }))).toEqual({ status: 200 });
  });

  it('refuses a token that is not valid yet', async () => {
    const early = await sign(privateKey, DRIVER, { notBefore: nowSeconds() + 600 });
    expect(await statusWith(server, early)).toEqual(refused);
  });

  it('refuses a token signed by another key', async () => {
    const stranger = await generateKeyPair('RS256');
    expect(await statusWith(server, await sign(stranger.privateKey, DRIVER))).toEqual(refused);
  });

  it('refuses a token whose signature was tampered with or whose payload was changed', async () => {
    const token = await sign(privateKey, DRIVER);
    const [header, , signature] = token.split('.');
    const promoted = `${header}.${base64url({ ...DRIVER, role: 'auditor', iss: ISSUER, aud: AUDIENCE, exp: nowSeconds() + 300 })}.${signature}`;
    expect(await statusWith(server, promoted)).toEqual(refused);
    expect(await statusWith(server, `${token.slice(0, -6)}AAAAAA`)).toEqual(refused);
  });

  it('refuses alg none, whatever the payload says', async () => {
    const payload = { ...DRIVER, iss: ISSUER, aud: AUDIENCE, exp: nowSeconds() + 300 };
    for (const alg of ['none', 'None', 'NONE']) {
      expect(await statusWith(server, `${base64url({ alg, typ: 'JWT' })}.${base64url(payload)}.`)).toEqual(refused);
    }
  });

  it('refuses an HMAC token "signed" with the public key (algorithm confusion)', async () => {
    const confused = await sign(new TextEncoder().encode(publicPem), DRIVER, { alg: 'HS256' });
    expect(await statusWith(server, confused)).toEqual(refused);
  });

  it('refuses an algorithm outside the allow-list even with the right key type', async () => {
    const pair = await generateKeyPair('PS256');
    expect(await statusWith(server, await sign(pair.privateKey, DRIVER, { alg: 'PS256' }))).toEqual(refused);
  });

  it('refuses a wrong audience or issuer', async () => {
    expect(await statusWith(server, await sign(privateKey, DRIVER, { audience: 'another-api' }))).toEqual(refused);
    expect(await statusWith(server, await sign(privateKey, DRIVER, { issuer: 'https://evil.example' }))).toEqual(
      refused,
    );
  });

  it('refuses tokens missing the claims their role needs', async () => {
    const { sub: _sub, ...withoutSubject } = DRIVER;
    const { role: _role, ...withoutRole } = DRIVER;
    const { phone: _phone, ...driverWithoutPhone } = DRIVER;
    for (const claims of [
      withoutSubject,
      withoutRole,
      { ...DRIVER, role: 'superuser' },
      { ...DRIVER, role: ['auditor'] },
      driverWithoutPhone,
      { sub: 'officer-8', role: 'officer' },
      { sub: 'adjuster-8', role: 'adjuster' },
      { sub: 'adjuster-8', role: 'adjuster', insurer: '' },
      { sub: 'x'.repeat(500), role: 'auditor' },
    ]) {
      expect({ claims, ...(await statusWith(server, await sign(privateKey, claims as JWTPayload))) }).toEqual({
        claims,
        ...refused,
      });
    }
  });

  it('refuses a token without an expiry', async () => {
    const endless = await new SignJWT(DRIVER)
      .setProtectedHeader({ alg: 'RS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .sign(privateKey);
    expect(await statusWith(server, endless)).toEqual(refused);
  });

  it('answers garbage and oversized tokens with 401, and a missing or other scheme with UNAUTHENTICATED', async () => {
    expect(await statusWith(server, 'not-a-jwt')).toEqual(refused);
    expect(await statusWith(server, `${'a'.repeat(9000)}.b.c`)).toEqual(refused);
    const basic = await new Client(server.baseUrl).raw('GET', '/me/cases', undefined, {
      authorization: 'Basic dXNlcjpwYXNz',
    });
    expect(basic.status).toBe(401);
    expect(basic.headers.get('www-authenticate')).toContain('Bearer');
    expect(((await basic.json()) as { code: string }).code).toBe('UNAUTHENTICATED');
  });
});

describe('production tokens verified against a JWKS URL', () => {
  let server: TestServer;
  let jwks: Server;
  let privateKey: KeyLike;

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    privateKey = pair.privateKey;
    const keys = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'key-2026', alg: 'ES256', use: 'sig' }] };
    jwks = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(keys));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as { port: number };
    server = await productionServer('ES256', { AUTH_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json` });
  });

  afterAll(async () => {
    await server.close();
    await new Promise((resolve) => jwks.close(resolve));
  });

  it('accepts a token signed with a published key and refuses an unknown key id', async () => {
    expect(await statusWith(server, await sign(privateKey, DRIVER, { alg: 'ES256', kid: 'key-2026' }))).toEqual({
      status: 200,
    });
    const other = await generateKeyPair('ES256');
    expect(await statusWith(server, await sign(other.privateKey, DRIVER, { alg: 'ES256', kid: 'key-2026' }))).toEqual(
      refused,
    );
  });

  it('answers 503 AUTH_UNAVAILABLE, not 401 or 500, when the keys cannot be fetched', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise((resolve) => closed.close(resolve));
    const unreachable = await productionServer('ES256', {
      AUTH_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    });
    try {
      const token = await sign(privateKey, DRIVER, { alg: 'ES256', kid: 'key-2026' });
      expect(await statusWith(unreachable, token)).toEqual({ status: 503, code: 'AUTH_UNAVAILABLE' });
    } finally {
      await unreachable.close();
    }
  });
});

describe('development tokens', () => {
  let server: TestServer;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'qc-dev-auth-'));
    server = await startServer({ dataDir });
  });

  afterAll(async () => {
    await server.close();
  });

  const secret = () => new Uint8Array(Buffer.from(readFileSync(join(dataDir, 'dev-auth.secret'), 'utf8'), 'base64'));
  const devSign = (claims: JWTPayload, expiresIn = 300, alg = 'HS256') =>
    sign(secret(), claims, { alg, issuer: 'quickclaim-development', audience: 'quickclaim', expiresIn });

  it('refuses alg none, expired tokens and missing claims here too', async () => {
    const payload = { ...DRIVER, iss: 'quickclaim-development', aud: 'quickclaim', exp: nowSeconds() + 300 };
    expect(await statusWith(server, `${base64url({ alg: 'none' })}.${base64url(payload)}.`)).toEqual(refused);
    expect(await statusWith(server, await devSign(DRIVER, -120))).toEqual(refused);
    expect(await statusWith(server, await devSign({ sub: 'officer-9', role: 'officer' }))).toEqual(refused);
    expect(await statusWith(server, await devSign(DRIVER))).toEqual({ status: 200 });
  });

  it('issues no token for a role without the claims it needs', async () => {
    const anonymous = new Client(server.baseUrl);
    expect((await anonymous.post('/auth/dev-token', { sub: 'o', role: 'officer' })).status).toBe(400);
    expect((await anonymous.post('/auth/dev-token', { sub: 'a', role: 'adjuster' })).status).toBe(400);
    expect((await anonymous.post('/auth/dev-token', { sub: 'r', role: 'root' })).status).toBe(400);
  });
});
