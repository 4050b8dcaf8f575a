import { Controller, Inject, Query, Req, Res } from '@nestjs/common';
import {
  CurrentPrincipal,
  LiveStreams,
  ReadYourWrites,
  Route,
  liveEndpoint,
  queryEndpoint,
  valid,
  type Principal,
} from '@quickclaim/http';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { CaseCommands } from '../../application/case-commands';
import { presentQueueItem } from '../../case-views/present';
import { DeskQueue as DeskQueueResponse } from '../../http/responses';
import { DESK_QUEUE, DeskQueue } from './desk-queue';

export const QueueQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** The queue is the officer's district by construction. */
export const DESK_QUEUE_LIST = queryEndpoint({
  path: '/desk/queue',
  tag: 'police desk',
  summary: "Cases waiting for a decision in the officer's district, by deadline",
  description:
    'Each item carries what the desk knows: the reporter’s account, where and when each photo was taken against the ' +
    'reported place and time, why the suggestion, the flags with what they found and, on a review, the disputed ' +
    'first decision. A review is left out of the queue of the officer whose decision was disputed.',
  roles: ['officer'],
  query: QueueQuery,
  json: DeskQueueResponse,
});

export const DESK_QUEUE_STREAM = liveEndpoint(DESK_QUEUE_LIST, {
  summary: 'The same queue, live: server-sent events pushed whenever the projections change it',
  description:
    'Each `queue` event carries the body of GET /desk/queue (`{ items }`) and the projection position as its id; ' +
    'the first is sent at once, the next ones only when the queue changed. Comments (`: keep-alive`) arrive ' +
    'every 15 s when nothing happens. Browsers read it with fetch, since it needs the bearer token.',
});

@Controller()
export class DeskQueueRoute {
  constructor(
    @Inject(DESK_QUEUE) private readonly queue: DeskQueue,
    private readonly readYourWrites: ReadYourWrites,
    private readonly live: LiveStreams,
    private readonly cases: CaseCommands,
  ) {}

  @Route(DESK_QUEUE_LIST)
  async list(@Query(valid(QueueQuery)) query: z.infer<typeof QueueQuery>, @CurrentPrincipal() officer: Principal) {
    await this.readYourWrites.catchUp([DeskQueue.projection]);
    return this.queueOf(officer, query.limit);
  }

  @Route(DESK_QUEUE_STREAM)
  async stream(
    @Query(valid(QueueQuery)) query: z.infer<typeof QueueQuery>,
    @CurrentPrincipal() officer: Principal,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.readYourWrites.catchUp([DeskQueue.projection]);
    await this.live.stream(request, response, 'queue', () => this.queueOf(officer, query.limit));
  }

  private async queueOf(officer: Principal, limit: number) {
    const documents = await this.queue.waiting(officer.district ?? '', limit, officer.sub);
    const now = this.cases.now();
    return { items: documents.map((document) => presentQueueItem(document, now)) };
  }
}
