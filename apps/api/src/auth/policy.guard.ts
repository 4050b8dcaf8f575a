import { Inject, Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import {
  ProblemException,
  UUID,
  authorizeObject,
  refuseAnyBody,
  refused,
  rememberEndpoint,
  type EndpointPolicy,
  type ObjectLoader,
  type ObjectPolicy,
  type Principal,
  type RoutedRequest,
  type RouteParams,
} from '@quickclaim/http';
import type { Response } from 'express';
import { RateLimiter } from '../http/rate-limiter';
import { InvalidTokenError } from './claims';
import { KeySourceUnavailableError } from './jwt-token.service';
import { MAX_TOKEN_LENGTH, TOKEN_SERVICE, type TokenService } from './token.service';

/**
 * Applies each route's policy row (carried by the route, see @Route) to every routed request; the
 * only place access is decided, but for the object of a command or an audit, whose rules are
 * applied to the state its handler folds from the stream (one read).
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly logger = new Logger('Policy');

  constructor(
    @Inject(TOKEN_SERVICE) private readonly tokens: TokenService,
    private readonly limiter: RateLimiter,
    private readonly modules: ModuleRef,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return false;
    const request = context.switchToHttp().getRequest<RoutedRequest>();
    const row = rememberEndpoint(request, context.getHandler())?.policy;
    if (!row) {
      // Unreachable once the start-up check passed: fail closed all the same.
      this.logger.error(`No policy row for ${request.method} ${request.path}`);
      throw new ProblemException(403, 'ROLE_NOT_ALLOWED', 'Nobody may do this');
    }
    if (row.roles === 'public') return true;
    const principal = await this.authenticate(request, context.switchToHttp().getResponse<Response>());
    request.principal = principal;
    if (!row.roles.includes(principal.role)) {
      throw new ProblemException(403, 'ROLE_NOT_ALLOWED', `The role ${principal.role} may not do this`);
    }
    if (row.limit) await this.limit(row, principal, request, context.switchToHttp().getResponse<Response>());
    if (row.object) {
      const id = (request.params as RouteParams)[row.object.idParam] ?? '';
      if (!UUID.test(id)) throw refused(row.object.notFound);
      // A stream object is read by the handler, which applies the rules (and the body check) to what it folds.
      if (row.object.source === 'stream') return true;
      await this.authorizeView(row.object, principal, request, id.toLowerCase());
    }
    if (row.body === 'none') refuseAnyBody(request.body);
    return true;
  }

  private async authorizeView(
    object: ObjectPolicy<unknown>,
    principal: Principal,
    request: RoutedRequest,
    id: string,
  ): Promise<void> {
    const loader = this.modules.get<ObjectLoader<unknown>>(object.loader, { strict: false });
    authorizeObject(object, principal, await loader.load(id), request.params as RouteParams);
  }

  private async authenticate(request: RoutedRequest, response: Response): Promise<Principal> {
    const header = request.headers.authorization ?? '';
    const token = /^Bearer +(\S+) *$/i.exec(header)?.[1];
    if (!token) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="quickclaim"');
      throw new ProblemException(401, 'UNAUTHENTICATED', 'A bearer token is required');
    }
    try {
      if (token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){2}$/.test(token)) {
        throw new InvalidTokenError('The token is not a compact JWS');
      }
      return await this.tokens.verify(token);
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        response.setHeader('WWW-Authenticate', 'Bearer realm="quickclaim", error="invalid_token"');
        throw new ProblemException(401, 'INVALID_TOKEN', 'The bearer token is not valid');
      }
      if (error instanceof KeySourceUnavailableError) {
        this.logger.error(`The identity provider's keys are unavailable: ${error.message}`);
        throw new ProblemException(503, 'AUTH_UNAVAILABLE', 'Tokens cannot be checked right now; try again shortly');
      }
      throw error;
    }
  }

  private async limit(
    row: EndpointPolicy,
    principal: Principal,
    request: RoutedRequest,
    response: Response,
  ): Promise<void> {
    if (!row.limit) return;
    const decision = await this.limiter.take(row.limit, principal.sub, request.ip ?? 'unknown');
    if (decision.allowed) return;
    response.setHeader('Retry-After', String(decision.retryAfterSeconds));
    throw new ProblemException(
      429,
      'RATE_LIMITED',
      `Too many ${row.limit} ${decision.scope === 'user' ? 'from you' : 'from your network'}; ` +
        `retry in ${decision.retryAfterSeconds} s`,
    );
  }
}
