import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

export const ROLES = ['driver', 'officer', 'adjuster', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, from the verified token's claims. */
export interface Principal {
  sub: string;
  role: Role;
  district?: string;
  insurer?: string;
  phone?: string;
}

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}

export const IS_PUBLIC = 'quickclaim:public';
export const ALLOWED_ROLES = 'quickclaim:roles';

/** No token needed: health, metrics, docs and the development token endpoint. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the route; anyone else gets 403 ROLE_NOT_ALLOWED. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a public route');
  return principal;
});
