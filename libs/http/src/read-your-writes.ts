import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type ReadProgress } from '@quickclaim/platform';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import { ProblemException } from './problem';
import { HTTP_SETTINGS, READ_PROGRESS, type HttpSettings } from './settings';

/** Sent with every command's response: the global position of the events it recorded. */
export const EVENT_POSITION_HEADER = 'Event-Position';
/** Sent back by a client with a query: reflect at least the events up to this position. */
export const READ_AFTER_HEADER = 'Read-After';

const requestContext = new AsyncLocalStorage<{ readAfter: string | undefined }>();

/** Keeps the request's Read-After header where the read side can find it, however deep the call. */
export function readAfterMiddleware(request: Request, _response: Response, next: NextFunction): void {
  requestContext.run({ readAfter: request.header(READ_AFTER_HEADER) }, next);
}

/** Tells the client the position its command's events reached. */
export function announcePosition(request: Request, position: number): void {
  if (position >= 0 && request.res && !request.res.headersSent) {
    request.res.setHeader(EVENT_POSITION_HEADER, String(position));
  }
}

/**
 * Read-your-writes by position (ADR 11). A query waits, at most READ_YOUR_WRITES_TIMEOUT_MS, until
 * the read models it reads have applied the position the client sent in Read-After (the one a
 * command of theirs returned in Event-Position), or, when it sent none, the event store's head
 * when the query arrived: every write acknowledged before, by this instance or any other.
 */
@Injectable()
export class ReadYourWrites {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_PROGRESS) private readonly progress: ReadProgress,
    @Inject(HTTP_SETTINGS) private readonly settings: HttpSettings,
  ) {}

  async catchUp(projections?: readonly string[]): Promise<void> {
    const target = await this.target();
    if (target < 0) return;
    if (!(await this.progress.waitFor(target, this.settings.readYourWritesTimeoutMs, projections))) {
      throw new ProblemException(503, 'READ_MODEL_BEHIND', 'The views are catching up; try again in a moment');
    }
  }

  private async target(): Promise<number> {
    const head = await this.eventStore.headPosition();
    const given = requestContext.getStore()?.readAfter;
    if (given === undefined) return head;
    if (!/^\d{1,15}$/.test(given.trim())) {
      throw new ProblemException(
        400,
        'INVALID_READ_AFTER',
        `${READ_AFTER_HEADER} must be an event position (a whole number)`,
      );
    }
    // A position beyond the head cannot be waited for (another store, or a client's mistake).
    return Math.min(Number(given), head);
  }
}
