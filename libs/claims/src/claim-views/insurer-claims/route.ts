import { Controller, Query, Req, Res } from '@nestjs/common';
import {
  CurrentPrincipal,
  LiveStreams,
  Route,
  StatusQuery,
  liveEndpoint,
  queryEndpoint,
  valid,
  type Principal,
} from '@quickclaim/http';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import { ClaimList } from '../../http/responses';
import { ClaimViewReader } from '../claim-view.reader';
import type { ClaimViews } from '../claim-views';
import { presentClaim } from '../present';

/** The list is the adjuster's insurer by construction. */
export const INSURER_CLAIMS = queryEndpoint({
  path: '/insurer/claims',
  tag: 'claims',
  summary: "Claims the adjuster's insurer handles or pays on",
  roles: ['adjuster'],
  query: StatusQuery,
  json: ClaimList,
});

export const INSURER_CLAIMS_STREAM = liveEndpoint(INSURER_CLAIMS, {
  summary: 'The same claims, live: server-sent events pushed whenever the projections change them',
  description:
    'Each `claims` event carries the body of GET /insurer/claims (`{ items }`, with the same `?status=`) and the ' +
    'projection position as its id; the first is sent at once, the next ones only when the list changed. ' +
    'Comments (`: keep-alive`) arrive every 15 s when nothing happens. Browsers read it with fetch (bearer token).',
});

@Controller()
export class InsurerClaimsRoute {
  constructor(
    private readonly reader: ClaimViewReader,
    private readonly live: LiveStreams,
  ) {}

  @Route(INSURER_CLAIMS)
  async list(
    @Query(valid(StatusQuery)) { status }: z.infer<typeof StatusQuery>,
    @CurrentPrincipal() adjuster: Principal,
  ) {
    return this.claimsOf(await this.reader.caughtUp(), adjuster, status);
  }

  @Route(INSURER_CLAIMS_STREAM)
  async stream(
    @Query(valid(StatusQuery)) { status }: z.infer<typeof StatusQuery>,
    @CurrentPrincipal() adjuster: Principal,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const views = await this.reader.caughtUp();
    await this.live.stream(request, response, 'claims', () => this.claimsOf(views, adjuster, status));
  }

  private async claimsOf(views: ClaimViews, adjuster: Principal, status: string | undefined) {
    return {
      items: (await views.ofInsurer(adjuster.insurer ?? '', status)).map((document) =>
        presentClaim(document, adjuster),
      ),
    };
  }
}
