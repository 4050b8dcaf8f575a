import { HttpException } from '@nestjs/common';
import { Refused, type RefusalKind } from '@quickclaim/kernel';
import {
  ConcurrencyError,
  EventIdConflictError,
  EventStoreFullError,
  EventStoreUnavailableError,
} from '@quickclaim/platform';
import { problem, ProblemException, type ProblemDetails } from './problem';

const STATUS_OF_REFUSAL: Record<RefusalKind, number> = { INVALID: 400, NOT_FOUND: 404, CONFLICT: 409, RULE: 422 };

const CODE_OF_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
};

/** Maps anything thrown to its problem document; also used to remember refusals for idempotent retries. */
export function toProblem(error: unknown): ProblemDetails {
  if (error instanceof ProblemException) return error.getResponse() as ProblemDetails;
  if (error instanceof Refused) {
    return problem(STATUS_OF_REFUSAL[error.kind], error.code, error.message, [...error.details]);
  }
  if (error instanceof ConcurrencyError) {
    return problem(409, 'CONCURRENT_MODIFICATION', 'The case changed at the same time; read it again and retry');
  }
  if (error instanceof EventIdConflictError) return problem(409, error.code, error.message);
  if (error instanceof EventStoreFullError) {
    return problem(503, error.code, 'The event store is full: nothing was recorded. Reading still works');
  }
  if (error instanceof EventStoreUnavailableError) {
    return problem(503, error.code, 'The event store is unavailable; try again shortly');
  }
  const bodyParserError = asBodyParserError(error);
  if (bodyParserError === 'entity.parse.failed')
    return problem(400, 'MALFORMED_JSON', 'The request body is not valid JSON');
  if (bodyParserError === 'entity.too.large') return problem(413, 'BODY_TOO_LARGE', 'The request body is too large');
  if (error instanceof HttpException) {
    const status = error.getStatus();
    return problem(status, CODE_OF_STATUS[status] ?? 'HTTP_ERROR', error.message);
  }
  return problem(500, 'INTERNAL_ERROR', 'Something went wrong on our side');
}

export function asBodyParserError(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'type' in error && typeof error.type === 'string') {
    return error.type;
  }
  return undefined;
}
