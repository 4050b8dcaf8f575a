import { Controller, Param } from '@nestjs/common';
import { CurrentPrincipal, ProblemException, Route, queryEndpoint, type Principal } from '@quickclaim/http';
import { claimObject } from '../../access/claim.object';
import { CLAIM_ID } from '../../http/endpoints';
import { ClaimView } from '../../http/responses';
import { ClaimViewReader } from '../claim-view.reader';
import { presentClaim } from '../present';

export const GET_CLAIM = queryEndpoint({
  path: '/claims/:claimId',
  tag: 'claims',
  summary: 'A claim: its assessment, settlement lines and payouts',
  roles: ['driver', 'adjuster', 'auditor'],
  object: claimObject('view', 'seesClaim'),
  json: ClaimView,
});

@Controller()
export class GetClaimRoute {
  constructor(private readonly reader: ClaimViewReader) {}

  @Route(GET_CLAIM)
  async get(@Param('claimId', CLAIM_ID) claimId: string, @CurrentPrincipal() viewer: Principal) {
    const document = await (await this.reader.caughtUp()).get(claimId);
    if (!document) throw new ProblemException(404, 'CLAIM_NOT_FOUND', 'No such claim');
    return presentClaim(document, viewer);
  }
}
