import { ReasonBody } from '@quickclaim/http';
import { adjusterCommandRoute } from '../../application/claim-commands';

export const DeclineClaimRoute = adjusterCommandRoute('DeclineClaim', {
  path: '/claims/:claimId/decline',
  summary: 'Decline a settlement held for review, or under investigation (handling insurer): final, nothing is paid',
  description: 'The claimant reads the reason in their ClaimView (`decline`). The claim is `DECLINED`.',
  body: ReasonBody,
});
