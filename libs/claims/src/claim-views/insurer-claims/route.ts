import { Controller, Inject, Query, Req, Res } from '@nestjs/common';
import {
  CurrentPrincipal,
  LiveStreams,
  ReadYourWrites,
  Route,
  StatusQuery,
  endpoint,
  valid,
  type Principal,
} from '@quickclaim/http';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import { ClaimList } from '../../http/responses';
import { CLAIM_VIEWS, ClaimViews } from '../claim-views';
import { presentClaim } from '../present';

/** The list is the adjuster's insurer by construction. */
export const INSURER_CLAIMS = endpoint({
  method: 'GET',
  path: '/insurer/claims',
  tag: 'claims',
  summary: "Claims the adjuster's insurer handles or pays on",
  policy: { roles: ['adjuster'], body: 'none' },
  query: StatusQuery,
  response: { status: 200, json: ClaimList },
});

export const INSURER_CLAIMS_STREAM = endpoint({
  method: 'GET',
  path: '/insurer/claims/stream',
  tag: 'claims',
  summary: 'The same claims, live: server-sent events pushed whenever the projections change them',
  description:
    'Each `claims` event carries the body of GET /insurer/claims (`{ items }`, with the same `?status=`) and the ' +
    'projection position as its id; the first is sent at once, the next ones only when the list changed. ' +
    'Comments (`: keep-alive`) arrive every 15 s when nothing happens. Browsers read it with fetch (bearer token).',
  policy: { roles: ['adjuster'], body: 'none' },
  query: StatusQuery,
  produces: 'text/event-stream',
  response: { status: 200, text: 'text/event-stream' },
});

@Controller()
export class InsurerClaimsRoute {
  constructor(
    @Inject(CLAIM_VIEWS) private readonly views: ClaimViews,
    private readonly readYourWrites: ReadYourWrites,
    private readonly live: LiveStreams,
  ) {}

  @Route(INSURER_CLAIMS)
  async list(
    @Query(valid(StatusQuery)) { status }: z.infer<typeof StatusQuery>,
    @CurrentPrincipal() adjuster: Principal,
  ) {
    await this.readYourWrites.catchUp([ClaimViews.projection]);
    return this.claimsOf(adjuster, status);
  }

  @Route(INSURER_CLAIMS_STREAM)
  async stream(
    @Query(valid(StatusQuery)) { status }: z.infer<typeof StatusQuery>,
    @CurrentPrincipal() adjuster: Principal,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.readYourWrites.catchUp([ClaimViews.projection]);
    await this.live.stream(request, response, 'claims', () => this.claimsOf(adjuster, status));
  }

  private async claimsOf(adjuster: Principal, status: string | undefined) {
    return {
      items: (await this.views.ofInsurer(adjuster.insurer ?? '', status)).map((document) =>
        presentClaim(document, adjuster),
      ),
    };
  }
}
