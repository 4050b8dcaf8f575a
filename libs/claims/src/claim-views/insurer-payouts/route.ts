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
import { PayoutList } from '../../http/responses';
import { CLAIM_VIEWS, ClaimViews } from '../claim-views';
import { presentPayout } from '../present';

/** The ledger is the adjuster's insurer's, as payer, by construction. */
export const INSURER_PAYOUTS = endpoint({
  method: 'GET',
  path: '/insurer/payouts',
  tag: 'claims',
  summary: "The payouts ledger of the adjuster's insurer, as payer",
  policy: { roles: ['adjuster'], body: 'none' },
  query: StatusQuery,
  response: { status: 200, json: PayoutList },
});

export const INSURER_PAYOUTS_STREAM = endpoint({
  method: 'GET',
  path: '/insurer/payouts/stream',
  tag: 'claims',
  summary: 'The same ledger, live: server-sent events pushed whenever the projections change it',
  description:
    'Each `payouts` event carries the body of GET /insurer/payouts (`{ items }`, with the same `?status=`) and ' +
    'the projection position as its id; the first is sent at once, the next ones only when the ledger changed.',
  policy: { roles: ['adjuster'], body: 'none' },
  query: StatusQuery,
  produces: 'text/event-stream',
  response: { status: 200, text: 'text/event-stream' },
});

@Controller()
export class InsurerPayoutsRoute {
  constructor(
    @Inject(CLAIM_VIEWS) private readonly views: ClaimViews,
    private readonly readYourWrites: ReadYourWrites,
    private readonly live: LiveStreams,
  ) {}

  @Route(INSURER_PAYOUTS)
  async list(
    @Query(valid(StatusQuery)) { status }: z.infer<typeof StatusQuery>,
    @CurrentPrincipal() adjuster: Principal,
  ) {
    await this.readYourWrites.catchUp([ClaimViews.ledger]);
    return this.ledgerOf(adjuster, status);
  }

  @Route(INSURER_PAYOUTS_STREAM)
  async stream(
    @Query(valid(StatusQuery)) { status }: z.infer<typeof StatusQuery>,
    @CurrentPrincipal() adjuster: Principal,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.readYourWrites.catchUp([ClaimViews.ledger]);
    await this.live.stream(request, response, 'payouts', () => this.ledgerOf(adjuster, status));
  }

  private async ledgerOf(adjuster: Principal, status: string | undefined) {
    const payouts = await this.views.payoutsOf(adjuster.insurer ?? '', status);
    return { items: payouts.map((payout) => presentPayout(payout.claimId)(payout)) };
  }
}
