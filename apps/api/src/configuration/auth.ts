import { readFileSync } from 'node:fs';
import { oneOf, readPiece, refuse, wholeNumber, type Environment } from '@quickclaim/platform/config/piece';
import { z } from 'zod';

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

export type AuthMode = AuthConfig['mode'];

const MAX_CLOCK_SKEW_SECONDS = 300;
const KEY_SOURCES = ['AUTH_JWT_PUBLIC_KEY', 'AUTH_JWT_PUBLIC_KEY_FILE', 'AUTH_JWKS_URL'] as const;

const list = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** Set and not blank, else the message saying what the provider must give. */
const required = (name: string, what: string) => {
  const message = `AUTH_MODE=jwt needs ${name} (${what})`;
  return z
    .string()
    .optional()
    .pipe(z.string({ error: message }).trim().min(1, { error: message }));
};

const development = (production: boolean) =>
  z
    .object({ AUTH_MODE: z.literal('development') })
    .superRefine((_variables, context) => {
      if (production) refuse(context, 'AUTH_MODE=development is refused when NODE_ENV=production');
    })
    .transform((): AuthConfig => ({ mode: 'development' }));

const jwt = (production: boolean) =>
  z
    .object({
      AUTH_MODE: z.literal('jwt'),
      AUTH_JWT_ISSUER: required('AUTH_JWT_ISSUER', 'the identity provider\'s "iss"'),
      AUTH_JWT_AUDIENCE: required('AUTH_JWT_AUDIENCE', 'this API\'s "aud"').transform(list),
      AUTH_JWT_ALGORITHMS: z
        .string()
        .default('RS256,ES256')
        .transform(list)
        .superRefine((algorithms, context) => {
          const refused = algorithms.find(
            (algorithm) => !(ASYMMETRIC_ALGORITHMS as readonly string[]).includes(algorithm),
          );
          if (refused !== undefined) {
            refuse(
              context,
              `AUTH_JWT_ALGORITHMS may list only ${ASYMMETRIC_ALGORITHMS.join(', ')}; "${refused}" is refused`,
            );
          } else if (algorithms.length === 0) refuse(context, 'AUTH_JWT_ALGORITHMS lists no algorithm');
        })
        .transform((algorithms) => algorithms as AsymmetricAlgorithm[]),
      AUTH_CLOCK_SKEW_SECONDS: wholeNumber('AUTH_CLOCK_SKEW_SECONDS', 30).refine(
        (seconds) => seconds <= MAX_CLOCK_SKEW_SECONDS,
        { error: `AUTH_CLOCK_SKEW_SECONDS must be at most ${MAX_CLOCK_SKEW_SECONDS}` },
      ),
      AUTH_JWT_PUBLIC_KEY: z.string().optional(),
      AUTH_JWT_PUBLIC_KEY_FILE: z.string().optional(),
      AUTH_JWKS_URL: z.string().optional(),
    })
    .transform((variables, context): AuthConfig => {
      const key = keySource(variables, production);
      if (typeof key === 'string') {
        refuse(context, key);
        return z.NEVER;
      }
      return {
        mode: 'jwt',
        issuer: variables.AUTH_JWT_ISSUER,
        audiences: variables.AUTH_JWT_AUDIENCE,
        algorithms: variables.AUTH_JWT_ALGORITHMS,
        clockSkewSeconds: variables.AUTH_CLOCK_SKEW_SECONDS,
        key,
      };
    });

const schema = (production: boolean) =>
  z
    .looseObject({ AUTH_MODE: oneOf('AUTH_MODE', ['development', 'jwt'], production ? 'jwt' : 'development') })
    .pipe(z.discriminatedUnion('AUTH_MODE', [development(production), jwt(production)]));

/** Who may call the API: tokens minted here for any role (development), or verified JWTs of an identity provider. */
export function authConfig(env: Environment, production: boolean): AuthConfig {
  return readPiece(schema(production), {
    AUTH_MODE: env.AUTH_MODE,
    AUTH_JWT_ISSUER: env.AUTH_JWT_ISSUER,
    AUTH_JWT_AUDIENCE: env.AUTH_JWT_AUDIENCE,
    AUTH_JWT_ALGORITHMS: env.AUTH_JWT_ALGORITHMS,
    AUTH_CLOCK_SKEW_SECONDS: env.AUTH_CLOCK_SKEW_SECONDS,
    AUTH_JWT_PUBLIC_KEY: env.AUTH_JWT_PUBLIC_KEY,
    AUTH_JWT_PUBLIC_KEY_FILE: env.AUTH_JWT_PUBLIC_KEY_FILE,
    AUTH_JWKS_URL: env.AUTH_JWKS_URL,
  });
}

/** Exactly one of a PEM (inline or in a file) or a JWKS URL; a string is the reason it is refused. */
function keySource(
  variables: Partial<Record<(typeof KEY_SOURCES)[number], string>>,
  production: boolean,
): JwtKeySource | string {
  const given = KEY_SOURCES.filter((name) => variables[name]);
  if (given.length !== 1) {
    return (
      'AUTH_MODE=jwt needs exactly one of AUTH_JWT_PUBLIC_KEY (PEM), AUTH_JWT_PUBLIC_KEY_FILE or AUTH_JWKS_URL' +
      (given.length > 1 ? `; got ${given.join(' and ')}` : '')
    );
  }
  if (variables.AUTH_JWKS_URL) {
    let url: URL;
    try {
      url = new URL(variables.AUTH_JWKS_URL);
    } catch {
      return `AUTH_JWKS_URL is not a URL: "${variables.AUTH_JWKS_URL}"`;
    }
    if (url.protocol !== 'https:' && (production || url.protocol !== 'http:')) {
      return 'AUTH_JWKS_URL must be https (plain http only outside production, for tests)';
    }
    return { kind: 'jwks', url: url.toString() };
  }
  let pem: string;
  try {
    pem = variables.AUTH_JWT_PUBLIC_KEY_FILE
      ? readFileSync(variables.AUTH_JWT_PUBLIC_KEY_FILE, 'utf8')
      : (variables.AUTH_JWT_PUBLIC_KEY ?? '').replace(/\\n/g, '\n');
  } catch (error) {
    return `AUTH_JWT_PUBLIC_KEY_FILE cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (/PRIVATE KEY/.test(pem)) {
    return 'The JWT key must be the public key (or certificate), never the private key';
  }
  if (!/-----BEGIN (PUBLIC KEY|CERTIFICATE|RSA PUBLIC KEY)-----/.test(pem)) {
    return 'The JWT public key must be PEM (-----BEGIN PUBLIC KEY----- or a certificate)';
  }
  return { kind: 'pem', pem };
}
