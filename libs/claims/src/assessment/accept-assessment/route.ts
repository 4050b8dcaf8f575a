import { Controller, Param, Req } from '@nestjs/common';
import { CurrentPrincipal, Route, endpoint, type Principal } from '@quickclaim/http';
import type { Request } from 'express';
import { ClaimCommands } from '../../application/claim-commands';
import { CLAIM_COMMAND_ANSWER, CLAIM_ID, claimCommandPolicy } from '../../http/endpoints';

export const ACCEPT_ASSESSMENT = endpoint({
  method: 'POST',
  path: '/claims/:claimId/assessment/accept',
  tag: 'claims',
  summary: 'The claimant accepts the assessment',
  policy: claimCommandPolicy(['driver'], 'none', ['seesClaim']),
  response: CLAIM_COMMAND_ANSWER,
});

@Controller()
export class AcceptAssessmentRoute {
  constructor(private readonly claims: ClaimCommands) {}

  @Route(ACCEPT_ASSESSMENT)
  async accept(
    @Param('claimId', CLAIM_ID) claimId: string,
    @CurrentPrincipal() driver: Principal,
    @Req() request: Request,
  ) {
    const outcome = await this.claims.execute(request, driver, claimId, {
      type: 'AcceptAssessment',
      driverId: driver.sub,
    });
    return { claimId, status: outcome.state.status };
  }
}
