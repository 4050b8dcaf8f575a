import { Controller, Inject, Param } from '@nestjs/common';
import { CurrentPrincipal, ProblemException, ReadYourWrites, Route, endpoint, type Principal } from '@quickclaim/http';
import { claimObject } from '../../access/claim.object';
import { CLAIM_ID } from '../../http/endpoints';
import { ClaimView } from '../../http/responses';
import { CLAIM_VIEWS, ClaimViews } from '../claim-views';
import { presentClaim } from '../present';

export const GET_CLAIM = endpoint({
  method: 'GET',
  path: '/claims/:claimId',
  tag: 'claims',
  summary: 'A claim: its assessment, settlement lines and payouts',
  policy: { roles: ['driver', 'adjuster', 'auditor'], object: claimObject('view', 'seesClaim'), body: 'none' },
  response: { status: 200, json: ClaimView },
});

@Controller()
export class GetClaimRoute {
  constructor(
    @Inject(CLAIM_VIEWS) private readonly views: ClaimViews,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Route(GET_CLAIM)
  async get(@Param('claimId', CLAIM_ID) claimId: string, @CurrentPrincipal() viewer: Principal) {
    await this.readYourWrites.catchUp([ClaimViews.projection]);
    const document = await this.views.get(claimId);
    if (!document) throw new ProblemException(404, 'CLAIM_NOT_FOUND', 'No such claim');
    return presentClaim(document, viewer);
  }
}
