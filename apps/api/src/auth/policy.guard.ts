import { Inject, Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Response } from 'express';
import { ProblemException } from '../http/problem';
import { RateLimiter } from '../http/rate-limiter';
import { InvalidTokenError } from './claims';
import { KeySourceUnavailableError } from './jwt-token.service';
import {
  ID_PARAM_OF_KIND,
  NOT_FOUND_OF_KIND,
  POLICY,
  refusalFor,
  type EndpointPolicy,
  type ObjectPolicy,
} from './policy';
import { PolicyObjects } from './policy-objects';
import type { AuthenticatedRequest, Principal } from './principal';
import { routeKey } from './routes';
import { MAX_TOKEN_LENGTH, TOKEN_SERVICE, type TokenService } from './token.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Applies the policy table (policy.ts) to every routed request; the only place access is decided. */
@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly logger = new Logger('Policy');
  private readonly rows = new WeakMap<object, EndpointPolicy | null>();

  constructor(
    @Inject(TOKEN_SERVICE) private readonly tokens: TokenService,
    private readonly limiter: RateLimiter,
    private readonly objects: PolicyObjects,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return false;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const row = this.rowFor(context);
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
    if (row.object) await this.authorizeObject(row.object, principal, request);
    if (row.body === 'none') refuseAnyBody(request.body);
    return true;
  }

  private rowFor(context: ExecutionContext): EndpointPolicy | null {
    const handler = context.getHandler();
    let row = this.rows.get(handler);
    if (row === undefined) {
      const key = routeKey(context.getClass(), handler);
      row = (key !== undefined ? POLICY[key] : undefined) ?? null;
      this.rows.set(handler, row);
    }
    return row;
  }

  private async authenticate(request: AuthenticatedRequest, response: Response): Promise<Principal> {
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
    request: AuthenticatedRequest,
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

  private async authorizeObject(
    object: ObjectPolicy,
    principal: Principal,
    request: AuthenticatedRequest,
  ): Promise<void> {
    const params = request.params as Record<string, string | undefined>;
    const id = params[ID_PARAM_OF_KIND[object.kind]] ?? '';
    const missing = NOT_FOUND_OF_KIND[object.kind];
    const state = UUID.test(id) ? await this.objects.load(object, id.toLowerCase()) : null;
    if (!state) throw new ProblemException(missing.status, missing.code, missing.detail);
    const refusal = refusalFor(object, principal, state, params);
    if (refusal) throw new ProblemException(refusal.status, refusal.code, refusal.detail);
  }
}

/** For routes that take no body: an empty JSON object (or nothing) only. */
function refuseAnyBody(body: unknown): void {
  if (body === undefined || body === null) return;
  if (typeof body === 'object' && !Array.isArray(body)) {
    const fields = Object.keys(body);
    if (fields.length === 0) return;
    throw new ProblemException(
      400,
      'VALIDATION_FAILED',
      'This request takes no body',
      fields.map((field) => ({ field, message: 'is not accepted here' })),
    );
  }
  throw new ProblemException(400, 'VALIDATION_FAILED', 'This request takes no body', [
    { field: '(body)', message: 'must be empty' },
  ]);
}
