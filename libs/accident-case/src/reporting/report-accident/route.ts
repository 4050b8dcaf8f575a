import { Body, Controller, Inject, Req } from '@nestjs/common';
import { FraudIndexes, FraudSignals } from '@quickclaim/evidence';
import {
  CurrentPrincipal,
  ReadYourWrites,
  Route,
  endpoint,
  isoInstant,
  text,
  valid,
  type Principal,
} from '@quickclaim/http';
import { ID_GENERATOR, type IdGenerator } from '@quickclaim/platform';
import type { Request } from 'express';
import { z } from 'zod';
import { CaseCommands } from '../../application/case-commands';
import { ELIGIBILITY_CONDITIONS, type EligibilityCondition } from '../../domain/case.types';
import { districtById } from '../../domain/districts';
import { PARTIES } from '../../http/endpoints';
import { PartyInput } from '../../http/inputs';
import { caseStatus } from '../../http/responses';

export const ReportAccidentBody = z.strictObject({
  occurredAt: isoInstant,
  location: z.strictObject({
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    address: text(256),
    district: text(64),
  }),
  weather: text(64).optional(),
  description: text(2000).optional(),
  eligibility: z.strictObject(
    Object.fromEntries(ELIGIBILITY_CONDITIONS.map((condition) => [condition, z.boolean()])) as Record<
      EligibilityCondition,
      z.ZodBoolean
    >,
  ),
  party: PartyInput,
});

export const ReportResponse = z.strictObject({ caseId: z.string().min(1), joinCode: z.string(), status: caseStatus });

export const REPORT_ACCIDENT = endpoint({
  method: 'POST',
  path: '/cases',
  tag: 'drivers',
  summary: 'Report an accident; the caller becomes party A',
  description:
    '400 INVALID_PLATE when `party.plate` is not a Chinese plate (ordinary, new energy, 警/学/挂/应急/领/使/港/澳); ' +
    '400 UNKNOWN_DISTRICT when `location.district` is not a district the platform serves. A reported point outside ' +
    'the named district is recorded as the case flag DISTRICT_MISMATCH, never refused.',
  problems: { 400: ['INVALID_PLATE', 'UNKNOWN_DISTRICT'], 422: ['CASE_NOT_ELIGIBLE'] },
  policy: { roles: PARTIES, limit: 'reports', body: 'json' },
  body: ReportAccidentBody,
  response: { status: 201, json: ReportResponse },
});

@Controller()
export class ReportAccidentRoute {
  constructor(
    private readonly cases: CaseCommands,
    private readonly fraud: FraudSignals,
    private readonly readYourWrites: ReadYourWrites,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Route(REPORT_ACCIDENT)
  async report(
    @Body(valid(ReportAccidentBody)) input: z.infer<typeof ReportAccidentBody>,
    @CurrentPrincipal() driver: Principal,
    @Req() request: Request,
  ) {
    const caseId = this.ids.uuid();
    const joinCode = this.ids.joinCode();
    await this.readYourWrites.catchUp([FraudIndexes.projection]);
    const district = districtById(input.location.district);
    const signals = await this.fraud.forReport(
      caseId,
      input.occurredAt,
      input.party.plate,
      this.cases.now().toISOString(),
      {
        location: input.location,
        district: district ?? null,
      },
    );
    const outcome = await this.cases.execute(request, driver, caseId, {
      type: 'ReportAccident',
      caseId,
      joinCode,
      driverId: driver.sub,
      ...input,
      flags: signals.flags,
      flagDetails: signals.details,
    });
    return { caseId, joinCode, status: outcome.state.status };
  }
}
