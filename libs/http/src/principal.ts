import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

export const ROLES = ['driver', 'officer', 'adjuster', 'auditor', 'admin', 'assistant'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, from the verified token's claims. */
export interface Principal {
  sub: string;
  role: Role;
  district?: string;
  insurer?: string;
  phone?: string;
  /** An assistant's organisation (with `district`, their area). */
  organisation?: string;
}

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}

export const IS_PUBLIC = 'quickclaim:public';
export const ALLOWED_ROLES = 'quickclaim:roles';

/**
 * Declares a route public. The authorization policy (policy.ts) decides; the server refuses to
 * start when a route's declaration disagrees with its row there, so the two cannot drift apart.
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Declares the roles of a route; checked against the policy table at start like `Public`. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a public route');
  return principal;
});
