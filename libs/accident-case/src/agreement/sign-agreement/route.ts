import { Controller, Param, Req } from '@nestjs/common';
import { CurrentPrincipal, Route, endpoint, type Principal } from '@quickclaim/http';
import type { Request } from 'express';
import { CaseCommands } from '../../application/case-commands';
import { CASE_COMMAND_ANSWER, CASE_ID, PARTIES, caseCommandPolicy } from '../../http/endpoints';

export const SIGN_AGREEMENT = endpoint({
  method: 'POST',
  path: '/cases/:caseId/agreement/sign',
  tag: 'drivers',
  summary: 'Sign the proposed agreement; liability is final when both have signed',
  policy: caseCommandPolicy(PARTIES, 'none'),
  response: CASE_COMMAND_ANSWER,
});

@Controller()
export class SignAgreementRoute {
  constructor(private readonly cases: CaseCommands) {}

  @Route(SIGN_AGREEMENT)
  async sign(@Param('caseId', CASE_ID) caseId: string, @CurrentPrincipal() driver: Principal, @Req() request: Request) {
    const outcome = await this.cases.execute(request, driver, caseId, { type: 'SignAgreement', driverId: driver.sub });
    return { caseId, status: outcome.state.status };
  }
}
