import { Body, Controller, Param, Req } from '@nestjs/common';
import { CurrentPrincipal, Route, endpoint, deferred, type Deferred, type Principal } from '@quickclaim/http';
import type { Request } from 'express';
import { z } from 'zod';
import { CaseCommands } from '../../application/case-commands';
import { CASE_COMMAND_ANSWER, CASE_ID, PARTIES, caseCommandPolicy } from '../../http/endpoints';
import { Allocation } from '../../http/inputs';

export const AgreementBody = z.strictObject({ allocation: Allocation });

export const PROPOSE_AGREEMENT = endpoint({
  method: 'POST',
  path: '/cases/:caseId/agreement',
  tag: 'drivers',
  summary: 'Propose (and sign) a FULL/NONE allocation for the other party to sign',
  policy: caseCommandPolicy(PARTIES, 'json'),
  body: AgreementBody,
  response: CASE_COMMAND_ANSWER,
});

@Controller()
export class ProposeAgreementRoute {
  constructor(private readonly cases: CaseCommands) {}

  @Route(PROPOSE_AGREEMENT)
  async propose(
    @Param('caseId', CASE_ID) caseId: string,
    @Body(deferred(AgreementBody)) body: Deferred<z.infer<typeof AgreementBody>>,
    @CurrentPrincipal() driver: Principal,
    @Req() request: Request,
  ) {
    const outcome = await this.cases.execute(request, driver, caseId, () => {
      const input = body.parse();
      return { type: 'ProposeAgreement', driverId: driver.sub, allocation: input.allocation };
    });
    return { caseId, status: outcome.state.status };
  }
}
