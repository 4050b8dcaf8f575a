import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { DeskQueue, GetDeskQueue, type DeskQueueDocument } from '@quickclaim/accident-case';
import type { Request, Response } from 'express';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { CaseGateway } from '../cases/case-gateway';
import { presentQueueItem } from '../cases/case-view.presenter';
import { DecisionBody, EvidenceRequestBody, QueueQuery, ReasonBody } from '../cases/schemas';
import { CaseIdPipe } from '../http/case-id.pipe';
import { LiveStreams } from '../http/live-stream';
import { parseInput, schema } from '../http/validation';

/** The police desk (api.md, "Police desk"): officers see and act on their own district only. */
@ApiTags('police desk')
@ApiBearerAuth()
@Controller()
export class DeskController {
  constructor(
    private readonly cases: CaseGateway,
    private readonly queryBus: QueryBus,
    private readonly live: LiveStreams,
  ) {}

  @Get('desk/queue')
  @ApiOperation({ summary: "Cases waiting for a decision in the officer's district, by deadline" })
  async queue(@Query() query: unknown, @CurrentPrincipal() officer: Principal) {
    const { limit } = parseInput(QueueQuery, query);
    await this.cases.catchUp([DeskQueue.projection]);
    return this.queueOf(officer, limit);
  }

  @Get('desk/queue/stream')
  @ApiProduces('text/event-stream')
  @ApiOperation({
    summary: 'The same queue, live: server-sent events pushed whenever the projections change it',
    description:
      'Each `queue` event carries the body of GET /desk/queue (`{ items }`) and the projection position as its id; ' +
      'the first is sent at once, the next ones only when the queue changed. Comments (`: keep-alive`) arrive ' +
      'every 15 s when nothing happens. Browsers read it with fetch, since it needs the bearer token.',
  })
  async queueStream(
    @Query() query: unknown,
    @CurrentPrincipal() officer: Principal,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { limit } = parseInput(QueueQuery, query);
    await this.cases.catchUp([DeskQueue.projection]);
    await this.live.stream(request, response, 'queue', () => this.queueOf(officer, limit));
  }

  private async queueOf(officer: Principal, limit: number) {
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
