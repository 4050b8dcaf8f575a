import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request } from 'express';
import type { Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import type { AuthenticatedRequest } from '@quickclaim/http';
import { requestIdOf } from '@quickclaim/http';

/**
 * pino-http: one `request` line per answered request (who, what, how it ended, how long it took),
 * and a logger for the request bound to its id, which nestjs-pino hands to every log line written
 * while the request is served.
 */
export function accessLog(logger: Logger): HttpLogger {
  const line = (request: IncomingMessage, response: ServerResponse, responseTime: number) => {
    const { method, originalUrl, ip, principal } = request as Request & AuthenticatedRequest;
    return {
      method,
      path: originalUrl,
      status: response.statusCode,
      durationMs: responseTime,
      ip,
      ...(principal ? { sub: principal.sub, role: principal.role } : {}),
    };
  };
  return pinoHttp({
    logger,
    genReqId: (request) => requestIdOf(request as Request),
    customAttributeKeys: { reqId: 'requestId' },
    quietReqLogger: true,
    quietResLogger: true,
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request',
    customSuccessObject: (request, response, value: { responseTime: number }) =>
      line(request, response, value.responseTime),
    customErrorObject: (request, response, _error, value: { responseTime: number }) =>
      line(request, response, value.responseTime),
  });
}
