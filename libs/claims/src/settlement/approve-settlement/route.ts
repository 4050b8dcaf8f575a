import { Controller, Param, Req } from '@nestjs/common';
import { CurrentPrincipal, Route, endpoint, type Principal } from '@quickclaim/http';
import { derivedId } from '@quickclaim/platform';
import type { Request } from 'express';
import { ClaimCommands } from '../../application/claim-commands';
import { CLAIM_COMMAND_ANSWER, CLAIM_ID, claimCommandPolicy } from '../../http/endpoints';

export const APPROVE_SETTLEMENT = endpoint({
  method: 'POST',
  path: '/claims/:claimId/approval',
  tag: 'claims',
  summary: 'Approve the settlement (handling insurer); the payouts are requested',
  policy: claimCommandPolicy(['adjuster'], 'none', ['seesClaim', 'handlesClaim']),
  response: CLAIM_COMMAND_ANSWER,
});

@Controller()
export class ApproveSettlementRoute {
  constructor(private readonly claims: ClaimCommands) {}

  @Route(APPROVE_SETTLEMENT)
  async approve(
    @Param('claimId', CLAIM_ID) claimId: string,
    @CurrentPrincipal() adjuster: Principal,
    @Req() request: Request,
  ) {
    const outcome = await this.claims.execute(request, adjuster, claimId, (claim) => {
      // One payout per paying insurer, with an id derived from the claim so a retry asks for the same.
      const payers = [...new Set((claim.settlement?.lines ?? []).map((line) => line.payer))];
      return {
        type: 'ApproveSettlement',
        adjusterId: adjuster.sub,
        insurer: adjuster.insurer ?? '',
        payoutIds: payers.map((payer) => derivedId('payout', claimId, payer)),
      };
    });
    return { claimId, status: outcome.state.status };
  }
}
