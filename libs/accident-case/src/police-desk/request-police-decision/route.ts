import { Controller, Param, Req } from '@nestjs/common';
import { CurrentPrincipal, Route, endpoint, type Principal } from '@quickclaim/http';
import type { Request } from 'express';
import { CaseCommands } from '../../application/case-commands';
import { CASE_ID, PARTIES, caseCommandPolicy } from '../../http/endpoints';
import { CaseCommandResponse } from '../../http/responses';

export const REQUEST_POLICE_DECISION = endpoint({
  method: 'POST',
  path: '/cases/:caseId/police-review',
  tag: 'drivers',
  summary: 'Ask the police desk to decide liability (within 5 minutes)',
  policy: caseCommandPolicy(PARTIES, 'none'),
  response: { status: 202, json: CaseCommandResponse },
});

@Controller()
export class RequestPoliceDecisionRoute {
  constructor(private readonly cases: CaseCommands) {}

  @Route(REQUEST_POLICE_DECISION)
  async request(
    @Param('caseId', CASE_ID) caseId: string,
    @CurrentPrincipal() driver: Principal,
    @Req() request: Request,
  ) {
    const outcome = await this.cases.execute(request, driver, caseId, {
      type: 'RequestPoliceDecision',
      driverId: driver.sub,
    });
    return { caseId, status: outcome.state.status };
  }
}
