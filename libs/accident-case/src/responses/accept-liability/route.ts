import { Controller, Param, Req } from '@nestjs/common';
import { CurrentPrincipal, Route, endpoint, type Principal } from '@quickclaim/http';
import type { Request } from 'express';
import { CaseCommands } from '../../application/case-commands';
import { CASE_COMMAND_ANSWER, CASE_ID, PARTIES, caseCommandPolicy } from '../../http/endpoints';

export const ACCEPT_LIABILITY = endpoint({
  method: 'POST',
  path: '/cases/:caseId/liability/accept',
  tag: 'drivers',
  summary: 'Accept the police decision (silence for 3 days counts as acceptance)',
  policy: caseCommandPolicy(PARTIES, 'none'),
  response: CASE_COMMAND_ANSWER,
});

@Controller()
export class AcceptLiabilityRoute {
  constructor(private readonly cases: CaseCommands) {}

  @Route(ACCEPT_LIABILITY)
  async accept(
    @Param('caseId', CASE_ID) caseId: string,
    @CurrentPrincipal() driver: Principal,
    @Req() request: Request,
  ) {
    const outcome = await this.cases.execute(request, driver, caseId, {
      type: 'AcceptLiability',
      driverId: driver.sub,
    });
    return { caseId, status: outcome.state.status };
  }
}
