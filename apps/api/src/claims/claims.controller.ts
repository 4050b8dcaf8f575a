import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { derivedId } from '@quickclaim/platform';
import type { Request } from 'express';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { CaseGateway } from '../cases/case-gateway';
import { AssessmentBody, PayoutResultBody, ReasonBody, StatusQuery } from '../cases/schemas';
import { ClaimIdPipe, PayoutIdPipe } from '../http/case-id.pipe';
import { ProblemException } from '../http/problem';
import { parseInput, schema } from '../http/validation';
import { ClaimGateway, presentClaim, presentPayout } from './claim-gateway';
import { Inject } from '@nestjs/common';
import { CLAIM_VIEWS, ClaimViews } from '@quickclaim/claims';

/** Claims and payouts (api.md, "Drivers" and "Insurers"). */
@ApiTags('claims')
@ApiBearerAuth()
@Controller()
export class ClaimsController {
  constructor(
    private readonly claims: ClaimGateway,
    private readonly cases: CaseGateway,
    @Inject(CLAIM_VIEWS) private readonly views: ClaimViews,
  ) {}

  @Get('claims/:claimId')
  @ApiOperation({ summary: 'A claim: its assessment, settlement lines and payouts' })
  async get(@Param('claimId', ClaimIdPipe) claimId: string, @CurrentPrincipal() principal: Principal) {
    return presentClaim(await this.claims.visibleClaim(claimId, principal));
  }

  @Post('claims/:claimId/assessment')
  @HttpCode(200)
  @ApiOperation({ summary: "Assess the damage of the handling insurer's insured vehicle" })
  @ApiBody(schema(AssessmentBody))
  async assess(
    @Param('claimId', ClaimIdPipe) claimId: string,
    @Body() body: unknown,
    @CurrentPrincipal() adjuster: Principal,
    @Req() request: Request,
  ) {
    const input = parseInput(AssessmentBody, body);
    await this.claims.visibleClaim(claimId, adjuster);
    const outcome = await this.claims.execute(claimId, adjuster, request, {
      type: 'AssessDamage',
      adjusterId: adjuster.sub,
      insurer: adjuster.insurer ?? '',
      lineItems: input.lineItems,
      ...(input.note ? { note: input.note } : {}),
    });
    return { claimId, status: outcome.state.status, totalFen: outcome.state.assessment?.totalFen };
  }

  @Post('claims/:claimId/assessment/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'The claimant accepts the assessment' })
  async accept(
    @Param('claimId', ClaimIdPipe) claimId: string,
    @CurrentPrincipal() driver: Principal,
    @Req() request: Request,
  ) {
    await this.claims.visibleClaim(claimId, driver);
    const outcome = await this.claims.execute(claimId, driver, request, {
      type: 'AcceptAssessment',
      driverId: driver.sub,
    });
    return { claimId, status: outcome.state.status };
  }

  @Post('claims/:claimId/assessment/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'The claimant rejects the assessment; it goes back to the adjuster with the reason' })
  @ApiBody(schema(ReasonBody))
  async reject(
    @Param('claimId', ClaimIdPipe) claimId: string,
    @Body() body: unknown,
    @CurrentPrincipal() driver: Principal,
    @Req() request: Request,
  ) {
    const { reason } = parseInput(ReasonBody, body);
    await this.claims.visibleClaim(claimId, driver);
    const outcome = await this.claims.execute(claimId, driver, request, {
      type: 'RejectAssessment',
      driverId: driver.sub,
      reason,
    });
    return { claimId, status: outcome.state.status };
  }

  @Post('claims/:claimId/approval')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve the settlement (handling insurer); the payouts are requested' })
  async approve(
    @Param('claimId', ClaimIdPipe) claimId: string,
    @CurrentPrincipal() adjuster: Principal,
    @Req() request: Request,
  ) {
    const { state } = await this.claims.visibleClaim(claimId, adjuster);
    const payers = [...new Set((state.settlement?.lines ?? []).map((line) => line.payer))];
    const outcome = await this.claims.execute(claimId, adjuster, request, {
      type: 'ApproveSettlement',
      adjusterId: adjuster.sub,
      insurer: adjuster.insurer ?? '',
      payoutIds: payers.map((payer) => derivedId('payout', claimId, payer)),
    });
    return { claimId, status: outcome.state.status };
  }

  @Get('insurer/claims')
  @ApiOperation({ summary: "Claims the adjuster's insurer handles or pays on" })
  async insurerClaims(@Query() query: unknown, @CurrentPrincipal() adjuster: Principal) {
    const { status } = parseInput(StatusQuery, query);
    await this.cases.catchUp([ClaimViews.projection]);
    return { items: (await this.views.ofInsurer(adjuster.insurer ?? '', status)).map(presentClaim) };
  }

  @Get('insurer/payouts')
  @ApiOperation({ summary: "The payouts ledger of the adjuster's insurer, as payer" })
  async payouts(@Query() query: unknown, @CurrentPrincipal() adjuster: Principal) {
    const { status } = parseInput(StatusQuery, query);
    await this.cases.catchUp([ClaimViews.ledger]);
    const payouts = await this.views.payoutsOf(adjuster.insurer ?? '', status);
    return { items: payouts.map((payout) => presentPayout(payout.claimId)(payout)) };
  }

  @Post('insurer/payouts/:payoutId/result')
  @HttpCode(200)
  @ApiOperation({ summary: 'The payer insurer reports a payout paid or failed' })
  @ApiBody(schema(PayoutResultBody))
  async payoutResult(
    @Param('payoutId', PayoutIdPipe) payoutId: string,
    @Body() body: unknown,
    @CurrentPrincipal() adjuster: Principal,
    @Req() request: Request,
  ) {
    const input = parseInput(PayoutResultBody, body);
    const document = await this.claims.findClaimOfPayout(payoutId);
    if (!document) throw new ProblemException(404, 'PAYOUT_NOT_FOUND', 'No such payout for your insurer');
    const outcome = await this.claims.execute(document.claimId, adjuster, request, {
      type: 'RecordPayoutResult',
      payoutId,
      insurer: adjuster.insurer ?? '',
      status: input.status,
      ...(input.reference ? { reference: input.reference } : {}),
      ...(input.reason ? { reason: input.reason } : {}),
    });
    const updated = (outcome.state.payouts ?? []).find((candidate) => candidate.payoutId === payoutId);
    return { payoutId, claimId: document.claimId, status: updated?.status, claimStatus: outcome.state.status };
  }
}
