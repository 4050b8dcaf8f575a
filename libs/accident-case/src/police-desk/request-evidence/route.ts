import { Body, Controller, Param, Req } from '@nestjs/common';
import { CurrentPrincipal, deferred, endpoint, Route, text, type Deferred, type Principal } from '@quickclaim/http';
import type { Request } from 'express';
import { z } from 'zod';
import { CaseCommands } from '../../application/case-commands';
import { CASE_COMMAND_ANSWER, CASE_ID, caseCommandPolicy } from '../../http/endpoints';
import { PhotoKinds } from '../../http/inputs';
import { byOfficer } from '../desk.http';

export const EvidenceRequestBody = z.strictObject({ kinds: z.array(PhotoKinds).min(1), note: text(1000) });

export const REQUEST_EVIDENCE = endpoint({
  method: 'POST',
  path: '/cases/:caseId/evidence-request',
  tag: 'police desk',
  summary: 'Ask the parties for more photos',
  policy: caseCommandPolicy(['officer'], 'json'),
  body: EvidenceRequestBody,
  response: CASE_COMMAND_ANSWER,
});

@Controller()
export class RequestEvidenceRoute {
  constructor(private readonly cases: CaseCommands) {}

  @Route(REQUEST_EVIDENCE)
  async request(
    @Param('caseId', CASE_ID) caseId: string,
    @Body(deferred(EvidenceRequestBody)) body: Deferred<z.infer<typeof EvidenceRequestBody>>,
    @CurrentPrincipal() officer: Principal,
    @Req() request: Request,
  ) {
    const outcome = await this.cases.execute(request, officer, caseId, () => {
      const input = body.parse();
      return { type: 'RequestEvidence', ...byOfficer(officer), kinds: input.kinds, note: input.note };
    });
    return { caseId, status: outcome.state.status };
  }
}
