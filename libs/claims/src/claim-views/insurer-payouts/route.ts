import { Controller, Inject, Query } from '@nestjs/common';
import {
  CurrentPrincipal,
  ReadYourWrites,
  Route,
  StatusQuery,
  endpoint,
  valid,
  type Principal,
} from '@quickclaim/http';
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

@Controller()
export class InsurerPayoutsRoute {
  constructor(
    @Inject(CLAIM_VIEWS) private readonly views: ClaimViews,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Route(INSURER_PAYOUTS)
  async list(
    @Query(valid(StatusQuery)) { status }: z.infer<typeof StatusQuery>,
    @CurrentPrincipal() adjuster: Principal,
  ) {
    await this.readYourWrites.catchUp([ClaimViews.ledger]);
    const payouts = await this.views.payoutsOf(adjuster.insurer ?? '', status);
    return { items: payouts.map((payout) => presentPayout(payout.claimId)(payout)) };
  }
}
