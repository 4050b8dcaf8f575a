import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const HEADER = 'x-request-id';
const SAFE = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Every request gets an id (the caller's if it sent a sane one) that ties its logs and events
 * together: pino-http binds it to the request's logger, so every line written for the request
 * carries it.
 */
export function requestIdMiddleware(request: Request, response: Response, next: NextFunction): void {
  const given = request.header(HEADER);
  const id = given && SAFE.test(given) ? given : randomUUID();
  (request as Request & { id: string }).id = id;
  response.setHeader('X-Request-Id', id);
  next();
}

/** The id the middleware gave the request: its logs' and its commands' correlation id. */
export function requestIdOf(request: Request): string {
  const id = (request as Request & { id?: unknown }).id;
  return typeof id === 'string' ? id : randomUUID();
}
