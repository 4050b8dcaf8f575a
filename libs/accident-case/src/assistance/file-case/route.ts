import { Body, Controller, Inject, Req } from '@nestjs/common';
import { FraudIndexes, FraudSignals } from '@quickclaim/evidence';
import { CurrentPrincipal, ReadYourWrites, Route, endpoint, valid, type Principal } from '@quickclaim/http';
import { ID_GENERATOR, type IdGenerator } from '@quickclaim/platform';
import type { Request } from 'express';
import { z } from 'zod';
import { CaseCommands } from '../../application/case-commands';
import { districtById } from '../../domain/districts';
import { ASSISTANTS } from '../../http/endpoints';
import { PartyInput } from '../../http/inputs';
import { CaseCommandResponse } from '../../http/responses';
import { ReportAccidentBody } from '../../reporting/report-accident/route';

/** A driver's report, with both parties at once. */
export const FileCaseBody = ReportAccidentBody.omit({ party: true }).extend({
  parties: z.strictObject({ A: PartyInput, B: PartyInput }),
});

export const FILE_CASE = endpoint({
  method: 'POST',
  path: '/assistant/cases',
  tag: 'assistants',
  summary: 'File an accident of your area for both parties from one device (party A and party B at once)',
  description:
    'The case is reported and joined in one step, neither party linked to a driver account; the assistant is the ' +
    "events' actor and `filedBy` names them. Photos, circumstances, the agreement (or the police desk) follow " +
    "through the drivers' routes with a `party` field; each party then confirms.",
  policy: { roles: ASSISTANTS, limit: 'reports', body: 'json' },
  body: FileCaseBody,
  response: { status: 201, json: CaseCommandResponse },
});

@Controller()
export class FileCaseRoute {
  constructor(
    private readonly cases: CaseCommands,
    private readonly fraud: FraudSignals,
    private readonly readYourWrites: ReadYourWrites,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Route(FILE_CASE)
  async file(
    @Body(valid(FileCaseBody)) input: z.infer<typeof FileCaseBody>,
    @CurrentPrincipal() assistant: Principal,
    @Req() request: Request,
  ) {
    const caseId = this.ids.uuid();
    // Nobody joins a case filed with both parties; a code is kept all the same, as every case has one.
    const joinCode = this.ids.joinCode();
    await this.readYourWrites.catchUp([FraudIndexes.projection]);
    const now = this.cases.now().toISOString();
    const { A, B } = input.parties;
    const district = districtById(input.location.district);
    const reported = await this.fraud.forReport(caseId, input.occurredAt, A.plate, now, {
      location: input.location,
      district: district ?? null,
    });
    const joined = await this.fraud.forJoin(caseId, A.plate, B.plate, now);
    const outcome = await this.cases.execute(request, assistant, caseId, {
      type: 'FileCase',
      caseId,
      joinCode,
      assistantId: assistant.sub,
      organisation: assistant.organisation ?? '',
      area: assistant.district ?? '',
      ...input,
      flags: [...reported.flags, ...joined.flags],
      flagDetails: [...reported.details, ...joined.details],
    });
    return { caseId, status: outcome.state.status };
  }
}
