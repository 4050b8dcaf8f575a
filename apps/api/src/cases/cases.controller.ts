import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  CaseViews,
  FindCaseToJoin,
  GetCaseView,
  ListCasesOfDriver,
  type CaseViewDocument,
} from '@quickclaim/accident-case';
import { FraudSignals } from '../evidence/fraud-signals.service';
import { CLAIM_VIEWS, ClaimViews } from '@quickclaim/claims';
import { FraudIndexes } from '@quickclaim/evidence';
import { ID_GENERATOR, type IdGenerator } from '@quickclaim/platform';
import type { Request, Response } from 'express';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { CaseIdPipe as caseIdPipe } from '../http/case-id.pipe';
import { LiveStreams } from '../http/live-stream';
import { presentClaim } from '../claims/claim-gateway';
import { visibleTo } from '../auth/policy';
import { parseInput, schema } from '../http/validation';
import { CaseGateway } from './case-gateway';
import { presentCase, presentCaseSummary } from './case-view.presenter';
import { ProblemException } from '../http/problem';
import {
  AgreementBody,
  CircumstancesBody,
  JoinByCodeBody,
  JoinCaseBody,
  ReasonBody,
  ReportAccidentBody,
} from './schemas';

/** The drivers' side of a case (api.md, "Drivers"). */
@ApiTags('drivers')
@ApiBearerAuth()
@Controller()
export class CasesController {
  constructor(
    private readonly cases: CaseGateway,
    private readonly queryBus: QueryBus,
    private readonly fraud: FraudSignals,
    @Inject(CLAIM_VIEWS) private readonly claimViews: ClaimViews,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    private readonly live: LiveStreams,
  ) {}

  @Post('cases')
  @HttpCode(201)
  @ApiOperation({ summary: 'Report an accident; the caller becomes party A' })
  @ApiBody(schema(ReportAccidentBody))
  async report(@Body() body: unknown, @CurrentPrincipal() principal: Principal, @Req() request: Request) {
    const input = parseInput(ReportAccidentBody, body);
    const caseId = this.ids.uuid();
    const joinCode = this.ids.joinCode();
    await this.cases.catchUp([FraudIndexes.projection]);
    const flags = await this.fraud.forReport(
      caseId,
      input.occurredAt,
      input.party.plate,
      this.cases.now().toISOString(),
    );
    const outcome = await this.cases.execute(caseId, principal, request, {
      type: 'ReportAccident',
      caseId,
      joinCode,
      driverId: principal.sub,
      ...input,
      flags,
    });
    return { caseId, joinCode, status: outcome.state.status };
  }

  @Post('cases/:caseId/join')
  @HttpCode(200)
  @ApiOperation({ summary: 'Join a reported case with its code; the caller becomes party B' })
  @ApiBody(schema(JoinCaseBody))
  async join(
    @Param('caseId', caseIdPipe) caseId: string,
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
  ) {
    const input = parseInput(JoinCaseBody, body);
    await this.cases.catchUp([CaseViews.projection, FraudIndexes.projection]);
    const joining = await this.queryBus.execute<GetCaseView, CaseViewDocument | null>(new GetCaseView(caseId));
    return this.joinAsB(caseId, joining, input, principal, request);
  }

  @Post('cases/join')
  @HttpCode(200)
  @ApiOperation({
    summary: "Join by the code on party A's screen and A's plate, without the case id; the caller becomes party B",
    description:
      'For a second driver who types the code instead of scanning the join link. The plate of A is asked too, so a ' +
      'guessed code alone never reaches a stranger’s case. 404 CASE_NOT_FOUND when no single open case matches both.',
  })
  @ApiBody(schema(JoinByCodeBody))
  async joinByCode(@Body() body: unknown, @CurrentPrincipal() principal: Principal, @Req() request: Request) {
    const input = parseInput(JoinByCodeBody, body);
    await this.cases.catchUp([CaseViews.projection, FraudIndexes.projection]);
    const joining = await this.queryBus.execute<FindCaseToJoin, CaseViewDocument | null>(
      new FindCaseToJoin(input.joinCode, input.plateOfA),
    );
    if (!joining) throw new ProblemException(404, 'CASE_NOT_FOUND', 'No open case has this join code and plate');
    return this.joinAsB(joining.caseId, joining, input, principal, request);
  }

  private async joinAsB(
    caseId: string,
    joining: CaseViewDocument | null,
    input: { joinCode: string; party: ReturnType<typeof JoinCaseBody.parse>['party'] },
    principal: Principal,
    request: Request,
  ) {
    const flags = joining
      ? await this.fraud.forJoin(caseId, joining.state, input.party.plate, this.cases.now().toISOString())
      : [];
    await this.cases.execute(caseId, principal, request, {
      type: 'JoinCase',
      driverId: principal.sub,
      joinCode: input.joinCode,
      party: input.party,
      flags,
    });
    return { caseId, party: 'B' as const };
  }

  @Post('cases/:caseId/circumstances')
  @HttpCode(200)
  @ApiOperation({ summary: 'Declare up to 3 of the standard situations S01–S21 for your vehicle' })
  @ApiBody(schema(CircumstancesBody))
  async circumstances(
    @Param('caseId', caseIdPipe) caseId: string,
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
  ) {
    const input = parseInput(CircumstancesBody, body);
    return this.run(caseId, principal, request, {
      type: 'DeclareCircumstances',
      driverId: principal.sub,
      situations: input.situations,
      ...(input.note !== undefined ? { note: input.note } : {}),
    });
  }

  @Post('cases/:caseId/agreement')
  @HttpCode(200)
  @ApiOperation({ summary: 'Propose (and sign) a FULL/NONE allocation for the other party to sign' })
  @ApiBody(schema(AgreementBody))
  async proposeAgreement(
    @Param('caseId', caseIdPipe) caseId: string,
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
  ) {
    const input = parseInput(AgreementBody, body);
    return this.run(caseId, principal, request, {
      type: 'ProposeAgreement',
      driverId: principal.sub,
      allocation: input.allocation,
    });
  }

  @Post('cases/:caseId/agreement/sign')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign the proposed agreement; liability is final when both have signed' })
  async signAgreement(
    @Param('caseId', caseIdPipe) caseId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
  ) {
    return this.run(caseId, principal, request, { type: 'SignAgreement', driverId: principal.sub });
  }

  @Post('cases/:caseId/police-review')
  @HttpCode(202)
  @ApiOperation({ summary: 'Ask the police desk to decide liability (within 5 minutes)' })
  async requestPoliceDecision(
    @Param('caseId', caseIdPipe) caseId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
  ) {
    return this.run(caseId, principal, request, { type: 'RequestPoliceDecision', driverId: principal.sub });
  }

  @Post('cases/:caseId/liability/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept the police decision (silence for 3 days counts as acceptance)' })
  async accept(
    @Param('caseId', caseIdPipe) caseId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
  ) {
    return this.run(caseId, principal, request, { type: 'AcceptLiability', driverId: principal.sub });
  }

  @Post('cases/:caseId/liability/dispute')
  @HttpCode(200)
  @ApiOperation({ summary: 'Dispute the decision: the first dispute asks for one review by another officer' })
  @ApiBody(schema(ReasonBody))
  async dispute(
    @Param('caseId', caseIdPipe) caseId: string,
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
  ) {
    const { reason } = parseInput(ReasonBody, body);
    return this.run(caseId, principal, request, { type: 'DisputeLiability', driverId: principal.sub, reason });
  }

  @Post('cases/:caseId/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw the case (only before liability is final)' })
  @ApiBody(schema(ReasonBody))
  async withdraw(
    @Param('caseId', caseIdPipe) caseId: string,
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
  ) {
    const { reason } = parseInput(ReasonBody, body);
    return this.run(caseId, principal, request, { type: 'WithdrawCase', driverId: principal.sub, reason });
  }

  @Get('cases/:caseId')
  @ApiOperation({ summary: 'The case as the caller may see it' })
  async get(@Param('caseId', caseIdPipe) caseId: string, @CurrentPrincipal() principal: Principal) {
    return this.present(await this.cases.visibleCase(caseId, principal, [ClaimViews.projection]), principal);
  }

  @Get('cases/:caseId/stream')
  @ApiProduces('text/event-stream')
  @ApiOperation({
    summary: 'The same case, live: server-sent events pushed whenever the projections change it',
    description:
      'Each `case` event carries `{ case, claims }`: the body of GET /cases/{caseId} and the ClaimViews (as GET ' +
      '/claims/{claimId}) of the claims the caller may see; the first is sent at once, the next ones only when ' +
      'something in them changed. Whoever may read the case may follow it.',
  })
  async stream(
    @Param('caseId', caseIdPipe) caseId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.cases.visibleCase(caseId, principal, [ClaimViews.projection]);
    await this.live.stream(request, response, 'case', async () => {
      const document = await this.queryBus.execute<GetCaseView, CaseViewDocument | null>(new GetCaseView(caseId));
      if (!document) return null;
      const claims = (await this.claimViews.ofCase(caseId)).filter((claim) => visibleTo.claim(principal, claim.state));
      return { case: await this.present(document, principal), claims: claims.map(presentClaim) };
    });
  }

  private async present(document: CaseViewDocument, principal: Principal) {
    const claims = (await this.claimViews.ofCase(document.caseId)).map(({ claimId, state }) => ({
      claimId,
      party: state.party,
      status: state.status,
    }));
    return presentCase(document, principal, claims);
  }

  @Get('me/cases')
  @ApiOperation({ summary: "The caller's cases, newest first" })
  async mine(@CurrentPrincipal() principal: Principal) {
    await this.cases.catchUp([CaseViews.projection]);
    const documents = await this.queryBus.execute<ListCasesOfDriver, CaseViewDocument[]>(
      new ListCasesOfDriver(principal.sub),
    );
    return { items: documents.map((document) => presentCaseSummary(document, principal)) };
  }

  private async run(
    caseId: string,
    principal: Principal,
    request: Request,
    command: Parameters<CaseGateway['execute']>[3],
  ) {
    const outcome = await this.cases.execute(caseId, principal, request, command);
    return { caseId, status: outcome.state.status };
  }
}
