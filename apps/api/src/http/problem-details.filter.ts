import { ArgumentsHost, Catch, Logger, type ExceptionFilter } from '@nestjs/common';
import { asBodyParserError, toProblem } from '@quickclaim/http';
import type { Request, Response } from 'express';

/** The one place where anything thrown becomes an RFC 9457 problem with a stable code. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const details = toProblem(error);
    if (details.status >= 500) {
      this.logger.error(
        `${request.method} ${request.path} failed`,
        error instanceof Error ? error.stack : String(error),
      );
    }
    response.status(details.status).type('application/problem+json').send(JSON.stringify(details));
  }
}

/**
 * Express error middleware placed right after the body parsers: their errors never reach Nest's
 * filters with their type intact, so they are answered here in the same problem+json form.
 */
export function bodyParserErrorHandler(
  error: unknown,
  _request: Request,
  response: Response,
  next: (error?: unknown) => void,
): void {
  if (asBodyParserError(error) === undefined) {
    next(error);
    return;
  }
  const details = toProblem(error);
  response.status(details.status).type('application/problem+json').send(JSON.stringify(details));
}
