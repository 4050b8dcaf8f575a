import { Body, Controller, Param, Req } from '@nestjs/common';
import { CurrentPrincipal, deferred, endpoint, Route, text, type Deferred, type Principal } from '@quickclaim/http';
import type { Request } from 'express';
import { z } from 'zod';
import { CaseCommands } from '../../application/case-commands';
import { CASE_COMMAND_ANSWER, CASE_ID, caseCommandPolicy } from '../../http/endpoints';
import { Allocation, Situations } from '../../http/inputs';
import { byOfficer } from '../desk.http';

export const DecisionBody = z.strictObject({
  allocation: Allocation,
  situations: Situations.max(6).optional(),
  reasoning: text(2000),
});

export const DECIDE_LIABILITY = endpoint({
  method: 'POST',
  path: '/cases/:caseId/liability/decision',
  tag: 'police desk',
  summary: 'Decide liability (the officer must hold the case)',
  policy: caseCommandPolicy(['officer'], 'json'),
  body: DecisionBody,
  response: CASE_COMMAND_ANSWER,
});

@Controller()
export class DecideLiabilityRoute {
  constructor(private readonly cases: CaseCommands) {}

  @Route(DECIDE_LIABILITY)
  async decide(
    @Param('caseId', CASE_ID) caseId: string,
    @Body(deferred(DecisionBody)) body: Deferred<z.infer<typeof DecisionBody>>,
    @CurrentPrincipal() officer: Principal,
    @Req() request: Request,
  ) {
    const outcome = await this.cases.execute(request, officer, caseId, () => {
      const input = body.parse();
      return {
        type: 'DecideLiability',
        ...byOfficer(officer),
        allocation: input.allocation,
        situations: input.situations ?? [],
        reasoning: input.reasoning,
      };
    });
    return { caseId, status: outcome.state.status };
  }
}
