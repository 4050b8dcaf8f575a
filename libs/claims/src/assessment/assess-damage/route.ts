import { Body, Controller, Param, Req } from '@nestjs/common';
import { CurrentPrincipal, Route, deferred, endpoint, type Deferred, type Principal } from '@quickclaim/http';
import type { Request } from 'express';
import type { z } from 'zod';
import { ClaimCommands } from '../../application/claim-commands';
import { CLAIM_ID, claimCommandPolicy } from '../../http/endpoints';
import { AssessmentBody } from '../../http/inputs';
import { AssessmentResponse } from '../../http/responses';

export const ASSESS_DAMAGE = endpoint({
  method: 'POST',
  path: '/claims/:claimId/assessment',
  tag: 'claims',
  summary: "Assess the damage of the handling insurer's insured vehicle",
  policy: claimCommandPolicy(['adjuster'], 'json', ['seesClaim', 'handlesClaim']),
  body: AssessmentBody,
  response: { status: 200, json: AssessmentResponse },
});

@Controller()
export class AssessDamageRoute {
  constructor(private readonly claims: ClaimCommands) {}

  @Route(ASSESS_DAMAGE)
  async assess(
    @Param('claimId', CLAIM_ID) claimId: string,
    @Body(deferred(AssessmentBody)) body: Deferred<z.infer<typeof AssessmentBody>>,
    @CurrentPrincipal() adjuster: Principal,
    @Req() request: Request,
  ) {
    const outcome = await this.claims.execute(request, adjuster, claimId, () => {
      const input = body.parse();
      return {
        type: 'AssessDamage',
        adjusterId: adjuster.sub,
        insurer: adjuster.insurer ?? '',
        lineItems: input.lineItems,
        ...(input.note ? { note: input.note } : {}),
      };
    });
    return { claimId, status: outcome.state.status, totalFen: outcome.state.assessment?.totalFen };
  }
}
