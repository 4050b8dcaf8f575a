import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { finalize, type Observable } from 'rxjs';
import { Metrics } from './metrics';

/** Counts and times every routed request by its route pattern (never by raw path: ids would explode the labels). */
@Injectable()
export class RequestMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: Metrics) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const route = (request.route as { path?: string } | undefined)?.path ?? 'unmatched';
    const stopTimer = this.metrics.httpDuration.startTimer({ method: request.method, route });
    return next.handle().pipe(
      finalize(() => {
        stopTimer();
        response.once('finish', () =>
          this.metrics.httpRequests.inc({ method: request.method, route, status: String(response.statusCode) }),
        );
      }),
    );
  }
}
