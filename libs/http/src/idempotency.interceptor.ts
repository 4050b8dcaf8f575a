import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { CLOCK, IDEMPOTENCY_STORE, type Clock, type IdempotencyStore } from '@quickclaim/platform';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from './principal';
import { toProblem } from './to-problem';
import { ProblemException, type ProblemDetails } from './problem';

const MAX_KEY_LENGTH = 200;

/**
 * `Idempotency-Key` on a POST: the first response (success, or a refusal that a retry would get
 * again) is remembered per caller and key; a retry with the same body gets it back and records
 * nothing new; the same key with another body is refused with 422 IDEMPOTENCY_KEY_REUSED.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    @Inject(IDEMPOTENCY_STORE) private readonly store: IdempotencyStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { file?: { buffer: Buffer } }>();
    const header = request.header('idempotency-key');
    if (request.method !== 'POST' || header === undefined || !this.handles(request)) return next.handle();
    return from(this.once(context, request, header, next));
  }

  /** Multipart bodies are only parsed by the route's file interceptor, so they are handled after it. */
  protected handles(request: AuthenticatedRequest): boolean {
    return !request.is('multipart/form-data');
  }

  private async once(
    context: ExecutionContext,
    request: AuthenticatedRequest,
    header: string,
    next: CallHandler,
  ): Promise<unknown> {
    if (header.length === 0 || header.length > MAX_KEY_LENGTH) {
      throw new ProblemException(
        400,
        'INVALID_IDEMPOTENCY_KEY',
        `Idempotency-Key must be 1 to ${MAX_KEY_LENGTH} characters`,
      );
    }
    const key = [request.principal?.sub ?? 'anonymous', request.method, request.path, header].join(' ');
    const claim = await this.store.claim(key, requestHash(request), this.clock.now());
    switch (claim.outcome) {
      case 'replay':
        if (claim.response.status >= 400) {
          const stored = claim.response.body as ProblemDetails;
          throw new ProblemException(stored.status, stored.code, stored.detail, stored.errors);
        }
        return claim.response.body;
      case 'in_progress':
        throw new ProblemException(
          409,
          'IDEMPOTENCY_KEY_IN_USE',
          'A request with this Idempotency-Key is still running',
        );
      case 'reused_with_other_request':
        throw new ProblemException(
          422,
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was already used for a different request',
        );
      case 'claimed':
        break;
      default: {
        const exhaustive: never = claim;
        return exhaustive;
      }
    }
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      const status = (Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ?? 201;
      await this.store.complete(key, { status, body });
      return body;
    } catch (error) {
      const details = toProblem(error);
      if (isFinalRefusal(details.status)) await this.store.complete(key, { status: details.status, body: details });
      else await this.store.release(key);
      throw error;
    }
  }
}

/** A refusal a retry would get again is remembered; conflicts, throttling and failures may pass on retry. */
function isFinalRefusal(status: number): boolean {
  return status >= 400 && status < 500 && status !== 409 && status !== 429 && status !== 401;
}

function requestHash(request: AuthenticatedRequest & { file?: { buffer: Buffer } }): string {
  const hash = createHash('sha256').update(JSON.stringify(request.body ?? null));
  if (request.file) hash.update(request.file.buffer);
  return hash.digest('hex');
}

/** The same, placed on an upload route after its file interceptor so the file is part of the request hash. */
@Injectable()
export class MultipartIdempotencyInterceptor extends IdempotencyInterceptor {
  protected override handles(request: AuthenticatedRequest): boolean {
    return Boolean(request.is('multipart/form-data'));
  }
}
