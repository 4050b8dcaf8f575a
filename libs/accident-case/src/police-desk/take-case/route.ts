import { Controller, Param, Req } from '@nestjs/common';
import { CurrentPrincipal, Route, endpoint, type Principal } from '@quickclaim/http';
import type { Request } from 'express';
import { CaseCommands } from '../../application/case-commands';
import { CASE_ID, caseCommandPolicy } from '../../http/endpoints';
import { AssignmentResponse } from '../../http/responses';
import { byOfficer } from '../desk.http';

export const TAKE_CASE = endpoint({
  method: 'POST',
  path: '/cases/:caseId/assignment',
  tag: 'police desk',
  summary: 'Take the case; 409 ALREADY_ASSIGNED while another officer holds it',
  policy: caseCommandPolicy(['officer'], 'none'),
  response: { status: 200, json: AssignmentResponse },
});

@Controller()
export class TakeCaseRoute {
  constructor(private readonly cases: CaseCommands) {}

  @Route(TAKE_CASE)
  async take(
    @Param('caseId', CASE_ID) caseId: string,
    @CurrentPrincipal() officer: Principal,
    @Req() request: Request,
  ) {
    const outcome = await this.cases.execute(request, officer, caseId, { type: 'TakeCase', ...byOfficer(officer) });
    return { caseId, status: outcome.state.status, assignment: outcome.state.assignment ?? null };
  }
}
