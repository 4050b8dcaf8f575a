import { Body, Controller, Inject, Param, Req } from '@nestjs/common';
import { FraudIndexes, FraudSignals } from '@quickclaim/evidence';
import {
  CurrentPrincipal,
  Deferred,
  ProblemException,
  ReadYourWrites,
  Route,
  deferred,
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
import { waitsForPartyB } from './decide';

export const JoinCaseBody = z.strictObject({ joinCode: text(16), party: PartyInput });

/** Joining by what the second driver can see at the scene: the code on A's screen and A's plate. */
export const JoinByCodeBody = z.strictObject({ joinCode: text(16), plateOfA: text(16), party: PartyInput });

export const JoinResponse = z.strictObject({ caseId: z.string().min(1), party: z.literal('B') });

/**
 * The case is read from its view, not its stream: the join needs the view anyway (party A's
 * plate for the fraud signals). Any driver may knock (mayJoinCase); the code decides what they
 * learn. While the case waits for party B, its body is checked and a wrong code is 422; once it
 * does not, a caller without its code is told there is no such case before anything of the body
 * is, and one with it gets 409 CASE_FULL. The handler applies the same rules to the case it folds.
 */
export const JOIN_CASE = endpoint({
  method: 'POST',
  path: '/cases/:caseId/join',
  tag: 'drivers',
  summary: 'Join a reported case with its code; the caller becomes party B',
  description:
    '409 CASE_FULL when the code is right but both drivers have joined already; 422 INVALID_JOIN_CODE for a wrong ' +
    'code while the case waits for its party B, 404 CASE_NOT_FOUND once it does not; 400 INVALID_PLATE.',
  policy: { roles: PARTIES, object: caseObject('view', 'mayJoinCase'), limit: 'reports', body: 'json' },
  body: JoinCaseBody,
  problems: {
    400: ['INVALID_PLATE'],
    409: ['CASE_FULL'],
    422: ['INVALID_JOIN_CODE', 'REPORTER_CANNOT_JOIN', 'SAME_VEHICLE'],
  },
  response: { status: 200, json: JoinResponse },
});

export const JOIN_BY_CODE = endpoint({
  method: 'POST',
  path: '/cases/join',
  tag: 'drivers',
  summary: "Join by the code on party A's screen and A's plate, without the case id; the caller becomes party B",
  description:
    'For a second driver who types the code instead of scanning the join link. The plate of A is asked too, so a ' +
    'guessed code alone never reaches a stranger’s case. 404 CASE_NOT_FOUND when no single open case matches both; ' +
    '409 CASE_FULL when the case they name has both its drivers already.',
  policy: { roles: PARTIES, limit: 'reports', body: 'json', namesObjectInBody: true },
  body: JoinByCodeBody,
  problems: { 400: ['INVALID_PLATE'], 409: ['CASE_FULL'], 422: ['REPORTER_CANNOT_JOIN', 'SAME_VEHICLE'] },
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
    @Body(deferred(JoinCaseBody)) input: Deferred<z.infer<typeof JoinCaseBody>>,
    @Body('joinCode') offeredCode: unknown,
    @CurrentPrincipal() driver: Principal,
    @Req() request: Request,
  ) {
    await this.readYourWrites.catchUp([CaseViews.projection, FraudIndexes.projection]);
    const joining = await this.views.get(caseId);
    const knocking = joining && !waitsForPartyB(joining.state) && !isPartyOf(joining, driver);
    if (knocking && (typeof offeredCode !== 'string' || offeredCode.trim() !== joining.state.joinCode)) {
      throw new ProblemException(404, 'CASE_NOT_FOUND', 'No such case');
    }
    return this.joinAsB(caseId, joining, input.parse(), driver, request);
  }

  @Route(JOIN_BY_CODE)
  async joinByCode(
    @Body(valid(JoinByCodeBody)) input: z.infer<typeof JoinByCodeBody>,
    @CurrentPrincipal() driver: Principal,
    @Req() request: Request,
  ) {
    await this.readYourWrites.catchUp([CaseViews.projection, FraudIndexes.projection]);
    const named = (await this.views.withJoinCode(input.joinCode)).filter((document) =>
      samePlate(document.state.parties.A?.plate ?? '', input.plateOfA),
    );
    const waiting = named.filter((document) => waitsForPartyB(document.state));
    const full = named.filter((document) => document.state.parties.B !== undefined);
    // Two waiting cases with the same code and plate cannot be told apart: join neither. With none
    // waiting, the newest full one answers (CASE_FULL, or done for its own party B).
    const joining = waiting.length === 1 ? waiting[0]! : waiting.length === 0 ? (full[0] ?? null) : null;
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
    const signals =
      joining && waitsForPartyB(joining.state)
        ? await this.fraud.forJoin(
            caseId,
            joining.state.parties.A?.plate,
            input.party.plate,
            this.cases.now().toISOString(),
          )
        : { flags: [], details: [] };
    await this.cases.execute(request, driver, caseId, {
      type: 'JoinCase',
      driverId: driver.sub,
      joinCode: input.joinCode,
      party: input.party,
      flags: signals.flags,
      flagDetails: signals.details,
    });
    return { caseId, party: 'B' as const };
  }
}

function isPartyOf(document: CaseViewDocument, driver: Principal): boolean {
  return Object.values(document.state.parties).some((party) => party?.driverId === driver.sub);
}
