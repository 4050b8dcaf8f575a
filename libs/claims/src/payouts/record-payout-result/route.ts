import { Body, Controller, Inject, Param, Req } from '@nestjs/common';
import { CurrentPrincipal, ProblemException, Route, endpoint, valid, type Principal } from '@quickclaim/http';
import type { Request } from 'express';
import type { z } from 'zod';
import { payoutObject } from '../../access/claim.object';
import { ClaimCommands } from '../../application/claim-commands';
import { PAYOUT_ID } from '../../http/endpoints';
import { PayoutResultBody } from '../../http/inputs';
import { PayoutResultResponse } from '../../http/responses';
import { CLAIM_VIEWS, ClaimViews } from '../../claim-views/claim-views';

export const RECORD_PAYOUT_RESULT = endpoint({
  method: 'POST',
  path: '/insurer/payouts/:payoutId/result',
  tag: 'claims',
  summary: 'The payer insurer reports a payout paid or failed',
  policy: { roles: ['adjuster'], object: payoutObject, limit: 'decisions', body: 'json' },
  body: PayoutResultBody,
  response: { status: 200, json: PayoutResultResponse },
});

@Controller()
export class RecordPayoutResultRoute {
  constructor(
    private readonly claims: ClaimCommands,
    @Inject(CLAIM_VIEWS) private readonly views: ClaimViews,
  ) {}

  @Route(RECORD_PAYOUT_RESULT)
  async record(
    @Param('payoutId', PAYOUT_ID) payoutId: string,
    @Body(valid(PayoutResultBody)) input: z.infer<typeof PayoutResultBody>,
    @CurrentPrincipal() adjuster: Principal,
    @Req() request: Request,
  ) {
    // The guard found the payout in the ledger (and its claim); the claim's id is the ledger's.
    const payout = await this.views.payout(payoutId);
    if (!payout) throw new ProblemException(404, 'PAYOUT_NOT_FOUND', 'No such payout for your insurer');
    const outcome = await this.claims.execute(request, adjuster, payout.claimId, {
      type: 'RecordPayoutResult',
      payoutId,
      insurer: adjuster.insurer ?? '',
      status: input.status,
      ...(input.reference ? { reference: input.reference } : {}),
      ...(input.reason ? { reason: input.reason } : {}),
    });
    const updated = outcome.state.payouts?.find((candidate) => candidate.payoutId === payoutId);
    return { payoutId, claimId: payout.claimId, status: updated?.status, claimStatus: outcome.state.status };
  }
}
