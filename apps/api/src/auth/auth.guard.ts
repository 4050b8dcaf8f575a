import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ProblemException } from '../http/problem';
import { InvalidTokenError, TOKEN_SERVICE, type TokenService } from './dev-token.service';
import { ALLOWED_ROLES, IS_PUBLIC, type AuthenticatedRequest, type Role } from './principal';

/** Every route needs a valid bearer token unless marked @Public; @Roles narrows who may call it. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_SERVICE) private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw new ProblemException(401, 'UNAUTHENTICATED', 'A bearer token is required');
    try {
      request.principal = await this.tokens.verify(match[1]);
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        throw new ProblemException(401, 'INVALID_TOKEN', 'The bearer token is not valid');
      }
      throw error;
    }
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (allowed && !allowed.includes(request.principal.role)) {
      throw new ProblemException(403, 'ROLE_NOT_ALLOWED', `The role ${request.principal.role} may not do this`);
    }
    return true;
  }
}
