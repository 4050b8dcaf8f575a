import { Body, Controller, Param, Req } from '@nestjs/common';
import {
  CurrentPrincipal,
  deferred,
  endpoint,
  ReasonBody,
  Route,
  type Deferred,
  type Principal,
} from '@quickclaim/http';
import type { Request } from 'express';
import { z } from 'zod';
import { CaseCommands } from '../../application/case-commands';
import { CASE_COMMAND_ANSWER, CASE_ID, PARTIES, caseCommandPolicy } from '../../http/endpoints';

export const DISPUTE_LIABILITY = endpoint({
  method: 'POST',
  path: '/cases/:caseId/liability/dispute',
  tag: 'drivers',
  summary: 'Dispute the decision: the first dispute asks for one review by another officer',
  policy: caseCommandPolicy(PARTIES, 'json'),
  body: ReasonBody,
  response: CASE_COMMAND_ANSWER,
});

@Controller()
export class DisputeLiabilityRoute {
  constructor(private readonly cases: CaseCommands) {}

  @Route(DISPUTE_LIABILITY)
  async dispute(
    @Param('caseId', CASE_ID) caseId: string,
    @Body(deferred(ReasonBody)) body: Deferred<z.infer<typeof ReasonBody>>,
    @CurrentPrincipal() driver: Principal,
    @Req() request: Request,
  ) {
    const outcome = await this.cases.execute(request, driver, caseId, () => {
      const input = body.parse();
      return { type: 'DisputeLiability', driverId: driver.sub, reason: input.reason };
    });
    return { caseId, status: outcome.state.status };
  }
}
