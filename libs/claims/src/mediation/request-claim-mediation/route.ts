import { ReasonBody } from '@quickclaim/http';
import { derivedId } from '@quickclaim/platform';
import { z } from 'zod';
import { claimantCommandRoute } from '../../application/claim-commands';
import { CLAIM_STATUSES } from '../../domain/claim.types';

/** The mediation of a claim's assessment: one per claim. */
export const claimMediationId = (claimId: string): string => derivedId('mediation', 'claim', claimId);

export const RequestClaimMediationResponse = z.strictObject({
  claimId: z.string().min(1),
  status: z.enum(CLAIM_STATUSES),
  mediationId: z.string().min(1),
});

export const RequestClaimMediationRoute = claimantCommandRoute(
  'RequestClaimMediation',
  {
    path: '/claims/:claimId/mediation',
    summary: 'Having rejected the assessment twice, ask for mediation instead of another round',
    body: ReasonBody,
    response: { status: 200, json: RequestClaimMediationResponse },
  },
  (input, state) => ({
    reason: input.reason,
    mediationId: claimMediationId(state.status === 'NONE' ? '' : state.claimId),
  }),
  (claimId, outcome) => ({ claimId, status: outcome.state.status, mediationId: claimMediationId(claimId) }),
);
