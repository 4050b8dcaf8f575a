import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeskQueue, GetDeskQueue, type DeskQueueDocument } from '@quickclaim/accident-case';
import type { Request } from 'express';
import { CurrentPrincipal, Roles, type Principal } from '../auth/principal';
import { CaseGateway } from '../cases/case-gateway';
import { presentQueueItem } from '../cases/case-view.presenter';
import { DecisionBody, EvidenceRequestBody, QueueQuery, ReasonBody } from '../cases/schemas';
import { CaseIdPipe } from '../http/case-id.pipe';
import { parseInput, schema } from '../http/validation';

/** The police desk (api.md, "Police desk"): officers see and act on their own district only. */
@ApiTags('police desk')
@ApiBearerAuth()
@Roles('officer')
@Controller()
export class DeskController {
  constructor(
    private readonly cases: CaseGateway,
    private readonly queryBus: QueryBus,
  ) {}

  @Get('desk/queue')
  @ApiOperation({ summary: "Cases waiting for a decision in the officer's district, by deadline" })
  async queue(@Query() query: unknown, @CurrentPrincipal() officer: Principal) {
    const { limit } = parseInput(QueueQuery, query);
    await this.cases.catchUp([DeskQueue.projection]);
    const documents = await this.queryBus.execute<GetDeskQueue, DeskQueueDocument[]>(
      new GetDeskQueue(officer.district ?? '', limit),
    );
    const now = this.cases.now();
    return { items: documents.map((document) => presentQueueItem(document, now)) };
  }

  @Post('cases/:caseId/assignment')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take the case; 409 ALREADY_ASSIGNED while another officer holds it' })
  async take(
    @Param('caseId', CaseIdPipe) caseId: string,
    @CurrentPrincipal() officer: Principal,
    @Req() request: Request,
  ) {
    const outcome = await this.cases.execute(caseId, officer, request, {
      type: 'TakeCase',
      ...this.byOfficer(officer),
    });
    return { caseId, status: outcome.state.status, assignment: outcome.state.assignment };
  }

  @Post('cases/:caseId/liability/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decide liability (the officer must hold the case)' })
  @ApiBody(schema(DecisionBody))
  async decide(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: unknown,
    @CurrentPrincipal() officer: Principal,
    @Req() request: Request,
  ) {
    const input = parseInput(DecisionBody, body);
    const outcome = await this.cases.execute(caseId, officer, request, {
      type: 'DecideLiability',
      ...this.byOfficer(officer),
      allocation: input.allocation,
      situations: input.situations ?? [],
      reasoning: input.reasoning,
    });
    return { caseId, status: outcome.state.status };
  }

  @Post('cases/:caseId/evidence-request')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ask the parties for more photos' })
  @ApiBody(schema(EvidenceRequestBody))
  async requestEvidence(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: unknown,
    @CurrentPrincipal() officer: Principal,
    @Req() request: Request,
  ) {
    const input = parseInput(EvidenceRequestBody, body);
    const outcome = await this.cases.execute(caseId, officer, request, {
      type: 'RequestEvidence',
      ...this.byOfficer(officer),
      kinds: input.kinds,
      note: input.note,
    });
    return { caseId, status: outcome.state.status };
  }

  @Post('cases/:caseId/referral')
  @HttpCode(200)
  @ApiOperation({ summary: 'Refer the case to on-site handling; it leaves the online path' })
  @ApiBody(schema(ReasonBody))
  async refer(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: unknown,
    @CurrentPrincipal() officer: Principal,
    @Req() request: Request,
  ) {
    const { reason } = parseInput(ReasonBody, body);
    const outcome = await this.cases.execute(caseId, officer, request, {
      type: 'ReferOffline',
      ...this.byOfficer(officer),
      reason,
    });
    return { caseId, status: outcome.state.status };
  }

  private byOfficer(officer: Principal) {
    return { officerId: officer.sub, district: officer.district ?? '' };
  }
}
