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
import { PayoutList } from '../../http/responses';
import { ClaimViewReader } from '../claim-view.reader';
import { ClaimViews } from '../claim-views';
import { presentPayout } from '../present';

/** The ledger is the adjuster's insurer's, as payer, by construction. */
export const INSURER_PAYOUTS = queryEndpoint({
  path: '/insurer/payouts',
  tag: 'claims',
  summary: "The payouts ledger of the adjuster's insurer, as payer",
  roles: ['adjuster'],
  query: StatusQuery,
  json: PayoutList,
});

export const INSURER_PAYOUTS_STREAM = liveEndpoint(INSURER_PAYOUTS, {
  summary: 'The same ledger, live: server-sent events pushed whenever the projections change it',
  description:
    'Each `payouts` event carries the body of GET /insurer/payouts (`{ items }`, with the same `?status=`) and ' +
    'the projection position as its id; the first is sent at once, the next ones only when the ledger changed.',
});

@Controller()
export class InsurerPayoutsRoute {
  constructor(
    private readonly reader: ClaimViewReader,
    private readonly live: LiveStreams,
  ) {}

  @Route(INSURER_PAYOUTS)
  async list(
    @Query(valid(StatusQuery)) { status }: z.infer<typeof StatusQuery>,
    @CurrentPrincipal() adjuster: Principal,
  ) {
    return this.ledgerOf(await this.reader.caughtUp([ClaimViews.ledger]), adjuster, status);
  }

  @Route(INSURER_PAYOUTS_STREAM)
  async stream(
    @Query(valid(StatusQuery)) { status }: z.infer<typeof StatusQuery>,
    @CurrentPrincipal() adjuster: Principal,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const views = await this.reader.caughtUp([ClaimViews.ledger]);
    await this.live.stream(request, response, 'payouts', () => this.ledgerOf(views, adjuster, status));
  }

  private async ledgerOf(views: ClaimViews, adjuster: Principal, status: string | undefined) {
    const payouts = await views.payoutsOf(adjuster.insurer ?? '', status);
    return { items: payouts.map((payout) => presentPayout(payout.claimId)(payout)) };
  }
}
