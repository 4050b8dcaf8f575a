import { Controller, Query } from '@nestjs/common';
import { CurrentPrincipal, Route, StatusQuery, queryEndpoint, valid, type Principal } from '@quickclaim/http';
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

@Controller()
export class InsurerPayoutsRoute {
  constructor(private readonly reader: ClaimViewReader) {}

  @Route(INSURER_PAYOUTS)
  async list(
    @Query(valid(StatusQuery)) { status }: z.infer<typeof StatusQuery>,
    @CurrentPrincipal() adjuster: Principal,
  ) {
    const payouts = await this.reader.read(
      (views) => views.payoutsOf(adjuster.insurer ?? '', status),
      [ClaimViews.ledger],
    );
    return { items: payouts.map((payout) => presentPayout(payout.claimId)(payout)) };
  }
}
