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
import { CASE_COMMAND_ANSWER, CASE_ID, caseCommandPolicy } from '../../http/endpoints';
import { byOfficer } from '../desk.http';

export const REFER_OFFLINE = endpoint({
  method: 'POST',
  path: '/cases/:caseId/referral',
  tag: 'police desk',
  summary: 'Refer the case to on-site handling; it leaves the online path',
  policy: caseCommandPolicy(['officer'], 'json'),
  body: ReasonBody,
  response: CASE_COMMAND_ANSWER,
});

@Controller()
export class ReferOfflineRoute {
  constructor(private readonly cases: CaseCommands) {}

  @Route(REFER_OFFLINE)
  async refer(
    @Param('caseId', CASE_ID) caseId: string,
    @Body(deferred(ReasonBody)) body: Deferred<z.infer<typeof ReasonBody>>,
    @CurrentPrincipal() officer: Principal,
    @Req() request: Request,
  ) {
    const outcome = await this.cases.execute(request, officer, caseId, () => {
      const input = body.parse();
      return { type: 'ReferOffline', ...byOfficer(officer), reason: input.reason };
    });
    return { caseId, status: outcome.state.status };
  }
}
