import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type { ProjectionRunner } from '@quickclaim/platform/eventsourcing';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config';
import { APP_CONFIG, PROJECTION_RUNNER } from '../tokens';

/**
 * Server-sent events fed by the projections: the snapshot is rendered again each time the
 * projection runner moves past the position last rendered, and sent only when it changed.
 * Nothing polls: between changes the stream sleeps in `waitFor`, waking only to send a
 * keep-alive comment (which also finds out when a client has gone).
 */
@Injectable()
export class LiveStreams implements BeforeApplicationShutdown {
  private readonly open = new Set<Response>();
  private stopping = false;
  private readonly logger = new Logger('LiveStreams');

  constructor(
    @Inject(PROJECTION_RUNNER) private readonly projections: ProjectionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Streams `render()` as `event` until the client goes or the application stops. */
  async stream(request: Request, response: Response, event: string, render: () => Promise<unknown>): Promise<void> {
    response.status(200);
    response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    response.setHeader('Cache-Control', 'no-cache, no-transform');
    response.setHeader('Connection', 'keep-alive');
    // Reverse proxies (nginx) would otherwise hold the events back in their buffers.
    response.setHeader('X-Accel-Buffering', 'no');
    response.flushHeaders();
    this.open.add(response);
    let gone = false;
    const goneSignal = new Promise<void>((resolve) => {
      const leave = () => {
        gone = true;
        resolve();
      };
      request.once('close', leave);
      response.once('close', leave);
    });
    response.write(`retry: 2000\n\n`);
    let rendered = Number.NaN;
    let lastPayload = '';
    try {
      while (!gone && !this.stopping) {
        const position = this.projections.currentPosition();
        if (position !== rendered) {
          rendered = position;
          const payload = JSON.stringify(await render());
          if (payload !== lastPayload && !gone) {
            lastPayload = payload;
            response.write(`event: ${event}\nid: ${position}\ndata: ${payload}\n\n`);
          }
        }
        const advanced = await Promise.race([
          this.projections.waitFor(rendered + 1, this.config.liveStreamKeepAliveMs),
          goneSignal.then(() => false),
        ]);
        if (!advanced && !gone && !this.stopping) response.write(`: keep-alive\n\n`);
      }
    } catch (error) {
      this.logger.error(`live ${event} stream failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.open.delete(response);
      if (!response.writableEnded) response.end();
    }
  }

  /** Ends every open stream so the HTTP server can close (clients reconnect to the next server). */
  beforeApplicationShutdown(): void {
    this.stopping = true;
    for (const response of this.open) response.end();
    this.open.clear();
  }
}
