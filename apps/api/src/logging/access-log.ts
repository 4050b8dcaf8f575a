import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { AuthenticatedRequest } from '@quickclaim/http';
import { requestIdOf } from '../http/request-id';

const logger = new Logger('HTTP');

/** One line per request once answered: who, what, how it ended, how long it took. */
export function accessLog(request: Request, response: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  response.once('finish', () => {
    const principal = (request as AuthenticatedRequest).principal;
    logger.log({
      message: 'request',
      method: request.method,
      path: request.originalUrl,
      status: response.statusCode,
      durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      ip: request.ip,
      requestId: requestIdOf(request),
      ...(principal ? { sub: principal.sub, role: principal.role } : {}),
    });
  });
  next();
}
