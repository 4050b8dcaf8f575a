import { Body, Controller, Inject, Param, Req } from '@nestjs/common';
import { FraudIndexes, FraudSignals } from '@quickclaim/evidence';
import {
  CurrentPrincipal,
  ProblemException,
  ReadYourWrites,
  Route,
  endpoint,
  text,
  valid,
  type Principal,
} from '@quickclaim/http';
import type { Request } from 'express';
import { z } from 'zod';
import { caseObject } from '../../access/case.object';
import { CaseCommands } from '../../application/case-commands';
import { samePlate } from '../../domain/case.rules';
import { CASE_ID, PARTIES } from '../../http/endpoints';
import { PartyInput } from '../../http/inputs';
import { CASE_VIEWS, CaseViews } from '../../case-views/case-views';
import type { CaseViewDocument } from '../../case-views/case-views.projection';

export const JoinCaseBody = z.strictObject({ joinCode: text(16), party: PartyInput });

/** Joining by what the second driver can see at the scene: the code on A's screen and A's plate. */
export const JoinByCodeBody = z.strictObject({ joinCode: text(16), plateOfA: text(16), party: PartyInput });

export const JoinResponse = z.strictObject({ caseId: z.string().min(1), party: z.literal('B') });

/**
 * The case is read from its view, not its stream: the join needs the view anyway (party A's
 * plate for the fraud signals), and a body is checked before those are looked up. The handler
 * applies the same rule to the case it folds.
 */
export const JOIN_CASE = endpoint({
  method: 'POST',
  path: '/cases/:caseId/join',
  tag: 'drivers',
  summary: 'Join a reported case with its code; the caller becomes party B',
  policy: { roles: PARTIES, object: caseObject('view', 'mayJoinCase'), limit: 'reports', body: 'json' },
  body: JoinCaseBody,
  response: { status: 200, json: JoinResponse },
});

export const JOIN_BY_CODE = endpoint({
  method: 'POST',
  path: '/cases/join',
  tag: 'drivers',
  summary: "Join by the code on party A's screen and A's plate, without the case id; the caller becomes party B",
  description:
    'For a second driver who types the code instead of scanning the join link. The plate of A is asked too, so a ' +
    'guessed code alone never reaches a stranger’s case. 404 CASE_NOT_FOUND when no single open case matches both.',
  policy: { roles: PARTIES, limit: 'reports', body: 'json', namesObjectInBody: true },
  body: JoinByCodeBody,
  response: { status: 200, json: JoinResponse },
});

@Controller()
export class JoinCaseRoute {
  constructor(
    private readonly cases: CaseCommands,
    private readonly fraud: FraudSignals,
    private readonly readYourWrites: ReadYourWrites,
    @Inject(CASE_VIEWS) private readonly views: CaseViews,
  ) {}

  @Route(JOIN_CASE)
  async join(
    @Param('caseId', CASE_ID) caseId: string,
    @Body(valid(JoinCaseBody)) input: z.infer<typeof JoinCaseBody>,
    @CurrentPrincipal() driver: Principal,
    @Req() request: Request,
  ) {
    await this.readYourWrites.catchUp([CaseViews.projection, FraudIndexes.projection]);
    return this.joinAsB(caseId, await this.views.get(caseId), input, driver, request);
  }

  @Route(JOIN_BY_CODE)
  async joinByCode(
    @Body(valid(JoinByCodeBody)) input: z.infer<typeof JoinByCodeBody>,
    @CurrentPrincipal() driver: Principal,
    @Req() request: Request,
  ) {
    await this.readYourWrites.catchUp([CaseViews.projection, FraudIndexes.projection]);
    const candidates = (await this.views.joinable(input.joinCode)).filter((document) =>
      samePlate(document.state.parties.A?.plate ?? '', input.plateOfA),
    );
    // Two open cases with the same code and plate cannot be told apart: join neither.
    const joining = candidates.length === 1 ? candidates[0]! : null;
    if (!joining) throw new ProblemException(404, 'CASE_NOT_FOUND', 'No open case has this join code and plate');
    return this.joinAsB(joining.caseId, joining, input, driver, request);
  }

  private async joinAsB(
    caseId: string,
    joining: CaseViewDocument | null,
    input: z.infer<typeof JoinCaseBody>,
    driver: Principal,
    request: Request,
  ) {
    const flags = joining
      ? await this.fraud.forJoin(
          caseId,
          joining.state.parties.A?.plate,
          input.party.plate,
          this.cases.now().toISOString(),
        )
      : [];
    await this.cases.execute(request, driver, caseId, {
      type: 'JoinCase',
      driverId: driver.sub,
      joinCode: input.joinCode,
      party: input.party,
      flags,
    });
    return { caseId, party: 'B' as const };
  }
}
