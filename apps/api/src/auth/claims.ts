import { ROLES, type Principal, type Role } from '@quickclaim/http';

export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidTokenError';
  }
}

type AttributeClaim = 'district' | 'insurer' | 'phone' | 'organisation';

/**
 * The claims each role's token must carry (api.md, Conventions). The policy cannot decide for an
 * officer without a district, an adjuster without an insurer or an assistant without their
 * organisation and area (`district`), so those are required in every mode; a driver's phone is required from the production identity provider, which verified it,
 * while hand-made development tokens may leave it out.
 */
export const REQUIRED_CLAIMS: Record<
  Role,
  { always: readonly AttributeClaim[]; production: readonly AttributeClaim[] }
> = {
  driver: { always: [], production: ['phone'] },
  officer: { always: ['district'], production: [] },
  adjuster: { always: ['insurer'], production: [] },
  auditor: { always: [], production: [] },
  admin: { always: [], production: [] },
  assistant: { always: ['organisation', 'district'], production: [] },
};

const MAX_LENGTH: Record<'sub' | AttributeClaim, number> = {
  sub: 128,
  district: 64,
  insurer: 64,
  phone: 32,
  organisation: 128,
};

/** The principal of a verified token's payload, or InvalidTokenError naming what is missing. */
export function principalFromClaims(payload: Record<string, unknown>, mode: 'development' | 'production'): Principal {
  const sub = text(payload, 'sub');
  if (!sub) throw new InvalidTokenError('The token has no subject');
  const role = payload.role;
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
    throw new InvalidTokenError('The token has no known role');
  }
  const principal: Principal = { sub, role: role as Role };
  for (const name of ['district', 'insurer', 'phone', 'organisation'] as const) {
    const value = text(payload, name);
    if (value) principal[name] = value;
  }
  const required = REQUIRED_CLAIMS[principal.role];
  const missing = [...required.always, ...(mode === 'production' ? required.production : [])].filter(
    (name) => principal[name] === undefined,
  );
  if (missing.length > 0) {
    throw new InvalidTokenError(`A token of role ${principal.role} needs the claims ${missing.join(', ')}`);
  }
  return principal;
}

function text(payload: Record<string, unknown>, name: 'sub' | AttributeClaim): string | undefined {
  const value = payload[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_LENGTH[name]) {
    throw new InvalidTokenError(`The claim ${name} must be a string of 1 to ${MAX_LENGTH[name]} characters`);
  }
  return value;
}
