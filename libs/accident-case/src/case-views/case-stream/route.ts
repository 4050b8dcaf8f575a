import { Controller, Inject, Param, Req, Res } from '@nestjs/common';
import { CLAIM_VIEWS, ClaimViews, claimAccess, presentClaim, seesClaim } from '@quickclaim/claims';
import { CurrentPrincipal, LiveStreams, Route, liveEndpoint, type Principal } from '@quickclaim/http';
import type { Request, Response } from 'express';
import { CASE_ID } from '../../http/endpoints';
import { GET_CASE } from '../get-case/route';
import { CASE_VIEWS, CaseViews } from '../case-views';
import { CaseViewReader } from '../case-view.reader';

export const CASE_STREAM = liveEndpoint(GET_CASE, {
  summary: 'The same case, live: server-sent events pushed whenever the projections change it',
  description:
    'Each `case` event carries `{ case, claims }`: the body of GET /cases/{caseId} and the ClaimViews (as GET ' +
    '/claims/{claimId}) of the claims the caller may see; the first is sent at once, the next ones only when ' +
    'something in them changed. Whoever may read the case may follow it.',
});

@Controller()
export class CaseStreamRoute {
  constructor(
    private readonly reader: CaseViewReader,
    private readonly live: LiveStreams,
    @Inject(CASE_VIEWS) private readonly cases: CaseViews,
    @Inject(CLAIM_VIEWS) private readonly claims: ClaimViews,
  ) {}

  @Route(CASE_STREAM)
  async stream(
    @Param('caseId', CASE_ID) caseId: string,
    @CurrentPrincipal() viewer: Principal,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.reader.get(caseId, [ClaimViews.projection]);
    await this.live.stream(request, response, 'case', async () => {
      const document = await this.cases.get(caseId);
      if (!document) return null;
      // What is pushed later passes the same rule as reading each claim.
      const claims = (await this.claims.ofCase(caseId)).filter((claim) => seesClaim(viewer, claimAccess(claim.state)));
      return {
        case: await this.reader.present(document, viewer),
        claims: claims.map((claim) => presentClaim(claim, viewer)),
      };
    });
  }
}
