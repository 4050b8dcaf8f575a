/** The sign-in token's claims, read (not verified: the server verifies) to choose a console. */

export type Role = 'driver' | 'officer' | 'adjuster' | 'auditor' | 'admin' | 'assistant' | 'mediator';
export const ROLES: readonly Role[] = ['driver', 'officer', 'adjuster', 'auditor', 'admin', 'assistant', 'mediator'];

export interface TokenClaims {
  sub: string;
  role: Role;
  district?: string;
  insurer?: string;
  phone?: string;
  /** An assistant's organisation (协理员). */
  organisation?: string;
  /** A mediator's people's mediation committee (调解委员会), e.g. `yuzhong-insurance-mediation`. */
  committee?: string;
  /** Expiry, seconds since the epoch. */
  exp?: number;
}

/** The payload of a JWT, or null when the text is not one with a subject and a known role. */
export function readTokenClaims(token: string): TokenClaims | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || !parts[1]) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(decodeBase64Url(parts[1]));
  } catch {
    return null;
  }
  if (typeof payload !== 'object' || payload === null) return null;
  const record = payload as Record<string, unknown>;
  const role = record.role;
  if (typeof record.sub !== 'string' || typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
    return null;
  }
  const text = (name: 'district' | 'insurer' | 'phone' | 'organisation' | 'committee') =>
    typeof record[name] === 'string' && record[name] !== '' ? { [name]: record[name] as string } : {};
  return {
    sub: record.sub,
    role: role as Role,
    ...text('district'),
    ...text('insurer'),
    ...text('phone'),
    ...text('organisation'),
    ...text('committee'),
    ...(typeof record.exp === 'number' ? { exp: record.exp } : {}),
  };
}

export function isExpired(claims: TokenClaims, nowMs: number): boolean {
  return claims.exp !== undefined && claims.exp * 1000 <= nowMs;
}

function decodeBase64Url(segment: string): string {
  const base64 = segment
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(segment.length / 4) * 4, '=');
  const binary = atob(base64);
  return new TextDecoder().decode(Uint8Array.from(binary, (character) => character.charCodeAt(0)));
}
