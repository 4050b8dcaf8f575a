import { Body, Controller, Param, Req } from '@nestjs/common';
import { CurrentPrincipal, deferred, endpoint, Route, text, type Deferred, type Principal } from '@quickclaim/http';
import type { Request } from 'express';
import { z } from 'zod';
import { CaseCommands } from '../../application/case-commands';
import { CASE_COMMAND_ANSWER, CASE_ID, PARTIES, caseCommandPolicy } from '../../http/endpoints';
import { Situations } from '../../http/inputs';

export const CircumstancesBody = z.strictObject({
  situations: Situations.max(3, 'at most 3 situations'),
  note: text(1000).optional(),
});

export const DECLARE_CIRCUMSTANCES = endpoint({
  method: 'POST',
  path: '/cases/:caseId/circumstances',
  tag: 'drivers',
  summary: 'Declare up to 3 of the standard situations S01–S21 for your vehicle',
  policy: caseCommandPolicy(PARTIES, 'json'),
  body: CircumstancesBody,
  response: CASE_COMMAND_ANSWER,
});

@Controller()
export class DeclareCircumstancesRoute {
  constructor(private readonly cases: CaseCommands) {}

  @Route(DECLARE_CIRCUMSTANCES)
  async declare(
    @Param('caseId', CASE_ID) caseId: string,
    @Body(deferred(CircumstancesBody)) body: Deferred<z.infer<typeof CircumstancesBody>>,
    @CurrentPrincipal() driver: Principal,
    @Req() request: Request,
  ) {
    const outcome = await this.cases.execute(request, driver, caseId, () => {
      const input = body.parse();
      return {
        type: 'DeclareCircumstances',
        driverId: driver.sub,
        situations: input.situations,
        ...(input.note !== undefined ? { note: input.note } : {}),
      };
    });
    return { caseId, status: outcome.state.status };
  }
}
