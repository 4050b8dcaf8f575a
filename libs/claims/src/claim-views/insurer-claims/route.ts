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

@Controller()
export class InsurerClaimsRoute {
  constructor(
    @Inject(CLAIM_VIEWS) private readonly views: ClaimViews,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Route(INSURER_CLAIMS)
  async list(
    @Query(valid(StatusQuery)) { status }: z.infer<typeof StatusQuery>,
    @CurrentPrincipal() adjuster: Principal,
  ) {
    await this.readYourWrites.catchUp([ClaimViews.projection]);
    return { items: (await this.views.ofInsurer(adjuster.insurer ?? '', status)).map(presentClaim) };
  }
}
