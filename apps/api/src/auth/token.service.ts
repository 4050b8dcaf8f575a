import type { Principal } from '@quickclaim/http';

export const TOKEN_SERVICE = Symbol('TOKEN_SERVICE');

/** Turns a bearer token into the principal it speaks for. */
export interface TokenService {
  /** Resolves the principal of a valid token, or rejects with InvalidTokenError. */
  verify(token: string): Promise<Principal>;
}

/** Longer than any real token; refused before parsing so a huge header costs nothing. */
export const MAX_TOKEN_LENGTH = 8192;
