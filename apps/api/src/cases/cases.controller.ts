import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CaseViews, GetCaseView, ListCasesOfDriver, type CaseViewDocument } from '@quickclaim/accident-case';
import { FraudSignals } from '../evidence/fraud-signals.service';
import { CLAIM_VIEWS, ClaimViews } from '@quickclaim/claims';
import { FraudIndexes } from '@quickclaim/evidence';
import { ID_GENERATOR, type IdGenerator } from '@quickclaim/platform';
import type { Request } from 'express';
import { CurrentPrincipal, Roles, type Principal } from '../auth/principal';
import { CaseIdPipe as caseIdPipe } from '../http/case-id.pipe';
import { parseInput, schema } from '../http/validation';
import { CaseGateway } from './case-gateway';
import { presentCase, presentCaseSummary } from './case-view.presenter';
import { AgreementBody, CircumstancesBody, JoinCaseBody, ReasonBody, ReportAccidentBody } from './schemas';

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
  ) {}

  @Post('cases')
  @Roles('driver')
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
  @Roles('driver')
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
  @Roles('driver')
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
  @Roles('driver')
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
  @Roles('driver')
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
  @Roles('driver')
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
  @Roles('driver')
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
  @Roles('driver')
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
  @Roles('driver')
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
    const document = await this.cases.visibleCase(caseId, principal, [ClaimViews.projection]);
    const claims = (await this.claimViews.ofCase(caseId)).map(({ claimId, state }) => ({
      claimId,
      party: state.party,
      status: state.status,
    }));
    return presentCase(document, principal, claims);
  }

  @Get('me/cases')
  @Roles('driver')
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
