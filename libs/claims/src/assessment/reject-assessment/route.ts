import { Body, Controller, Param, Req } from '@nestjs/common';
import {
  CurrentPrincipal,
  ReasonBody,
  Route,
  deferred,
  endpoint,
  type Deferred,
  type Principal,
} from '@quickclaim/http';
import type { Request } from 'express';
import type { z } from 'zod';
import { ClaimCommands } from '../../application/claim-commands';
import { CLAIM_COMMAND_ANSWER, CLAIM_ID, claimCommandPolicy } from '../../http/endpoints';

export const REJECT_ASSESSMENT = endpoint({
  method: 'POST',
  path: '/claims/:claimId/assessment/reject',
  tag: 'claims',
  summary: 'The claimant rejects the assessment; it goes back to the adjuster with the reason',
  policy: claimCommandPolicy(['driver'], 'json', ['seesClaim']),
  body: ReasonBody,
  response: CLAIM_COMMAND_ANSWER,
});

@Controller()
export class RejectAssessmentRoute {
  constructor(private readonly claims: ClaimCommands) {}

  @Route(REJECT_ASSESSMENT)
  async reject(
    @Param('claimId', CLAIM_ID) claimId: string,
    @Body(deferred(ReasonBody)) body: Deferred<z.infer<typeof ReasonBody>>,
    @CurrentPrincipal() driver: Principal,
    @Req() request: Request,
  ) {
    const outcome = await this.claims.execute(request, driver, claimId, () => ({
      type: 'RejectAssessment',
      driverId: driver.sub,
      reason: body.parse().reason,
    }));
    return { claimId, status: outcome.state.status };
  }
}
