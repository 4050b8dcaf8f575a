import { endpoint, ReasonBody } from '@quickclaim/http';
import type { z } from 'zod';
import { claimCommandRoute } from '../../application/claim-commands';
import { CLAIM_COMMAND_ANSWER, claimCommandPolicy } from '../../http/endpoints';

export const DECLINE_CLAIM = endpoint({
  method: 'POST',
  path: '/claims/:claimId/decline',
  tag: 'claims',
  summary: 'Decline a settlement held for review, or under investigation (handling insurer): final, nothing is paid',
  description: 'The claimant reads the reason in their ClaimView (`decline`). The claim is `DECLINED`.',
  policy: claimCommandPolicy(['adjuster'], 'json', ['seesClaim', 'handlesClaim']),
  body: ReasonBody,
  response: CLAIM_COMMAND_ANSWER,
});

export const DeclineClaimRoute = claimCommandRoute<z.infer<typeof ReasonBody>>(
  'DeclineClaimRoute',
  DECLINE_CLAIM,
  (adjuster, { reason }) => ({
    type: 'DeclineClaim',
    adjusterId: adjuster.sub,
    insurer: adjuster.insurer ?? '',
    reason,
  }),
);
