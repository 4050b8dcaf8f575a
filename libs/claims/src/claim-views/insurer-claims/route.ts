import { Controller, Query } from '@nestjs/common';
import { CurrentPrincipal, Route, StatusQuery, queryEndpoint, valid, type Principal } from '@quickclaim/http';
import type { z } from 'zod';
import { ClaimList } from '../../http/responses';
import { ClaimViewReader } from '../claim-view.reader';
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

@Controller()
export class InsurerClaimsRoute {
  constructor(private readonly reader: ClaimViewReader) {}

  @Route(INSURER_CLAIMS)
  async list(
    @Query(valid(StatusQuery)) { status }: z.infer<typeof StatusQuery>,
    @CurrentPrincipal() adjuster: Principal,
  ) {
    const claims = await this.reader.read((views) => views.ofInsurer(adjuster.insurer ?? '', status));
    return { items: claims.map(presentClaim) };
  }
}
