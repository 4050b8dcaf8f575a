import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { requestContext } from '../logging/request-context';

const HEADER = 'x-request-id';
const SAFE = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Every request gets an id (the caller's if it sent a sane one) that ties its logs and events
 * together; whatever runs for the request, its log lines carry it.
 */
export function requestIdMiddleware(request: Request, response: Response, next: NextFunction): void {
  const given = request.header(HEADER);
  const id = given && SAFE.test(given) ? given : randomUUID();
  (request as Request & { requestId: string }).requestId = id;
  response.setHeader('X-Request-Id', id);
  requestContext.run({ requestId: id }, next);
}

export function requestIdOf(request: Request): string {
  return (request as Request & { requestId?: string }).requestId ?? randomUUID();
}
