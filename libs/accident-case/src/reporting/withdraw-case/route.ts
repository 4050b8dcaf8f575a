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

export const WITHDRAW_CASE = endpoint({
  method: 'POST',
  path: '/cases/:caseId/withdraw',
  tag: 'drivers',
  summary: 'Withdraw the case (only before liability is final)',
  policy: caseCommandPolicy(PARTIES, 'json'),
  body: ReasonBody,
  response: CASE_COMMAND_ANSWER,
});

@Controller()
export class WithdrawCaseRoute {
  constructor(private readonly cases: CaseCommands) {}

  @Route(WITHDRAW_CASE)
  async withdraw(
    @Param('caseId', CASE_ID) caseId: string,
    @Body(deferred(ReasonBody)) body: Deferred<z.infer<typeof ReasonBody>>,
    @CurrentPrincipal() driver: Principal,
    @Req() request: Request,
  ) {
    const outcome = await this.cases.execute(request, driver, caseId, () => {
      const input = body.parse();
      return { type: 'WithdrawCase', driverId: driver.sub, reason: input.reason };
    });
    return { caseId, status: outcome.state.status };
  }
}
