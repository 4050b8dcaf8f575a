import { derivedId } from '@quickclaim/platform';
import { adjusterCommandRoute } from '../../application/claim-commands';

export const ApproveSettlementRoute = adjusterCommandRoute(
  'ApproveSettlement',
  {
    path: '/claims/:claimId/approval',
    summary: 'Approve the settlement (handling insurer); the payouts are requested',
  },
  (_input, claim) => ({
    // One payout per paying insurer, its id derived from the claim so that a retry asks for the same.
    payoutIds: [...new Set((claim.settlement?.lines ?? []).map((line) => line.payer))].map((payer) =>
      derivedId('payout', claim.claimId ?? '', payer),
    ),
  }),
);
