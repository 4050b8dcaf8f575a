import { endpoint } from '@quickclaim/http';
import { derivedId } from '@quickclaim/platform';
import { claimCommandRoute } from '../../application/claim-commands';
import { CLAIM_COMMAND_ANSWER, claimCommandPolicy } from '../../http/endpoints';

export const APPROVE_SETTLEMENT = endpoint({
  method: 'POST',
  path: '/claims/:claimId/approval',
  tag: 'claims',
  summary: 'Approve the settlement (handling insurer); the payouts are requested',
  policy: claimCommandPolicy(['adjuster'], 'none', ['seesClaim', 'handlesClaim']),
  response: CLAIM_COMMAND_ANSWER,
});

export const ApproveSettlementRoute = claimCommandRoute(
  'ApproveSettlementRoute',
  APPROVE_SETTLEMENT,
  (adjuster, _input, claim) => ({
    type: 'ApproveSettlement',
    adjusterId: adjuster.sub,
    insurer: adjuster.insurer ?? '',
    // One payout per paying insurer, its id derived from the claim so that a retry asks for the same.
    payoutIds: [...new Set((claim.settlement?.lines ?? []).map((line) => line.payer))].map((payer) =>
      derivedId('payout', claim.claimId ?? '', payer),
    ),
  }),
);
