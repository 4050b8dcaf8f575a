import { ReasonBody } from '@quickclaim/http';
import { derivedId } from '@quickclaim/platform';
import { z } from 'zod';
import { partyCommandRoute } from '../../application/case-commands';
import { CASE_STATUSES } from '../../domain/case.types';

/** The mediation a case's disputed review goes to: one per case, so asking again finds the same. */
export const caseMediationId = (caseId: string): string => derivedId('mediation', 'case', caseId);

export const RequestMediationResponse = z.strictObject({
  caseId: z.string().min(1),
  status: z.enum(CASE_STATUSES),
  mediationId: z.string().min(1),
});

export const RequestMediationRoute = partyCommandRoute(
  'RequestMediation',
  {
    path: '/cases/:caseId/mediation',
    summary: 'Dispute the review and ask for mediation instead of going offline',
    body: ReasonBody,
    response: { status: 200, json: RequestMediationResponse },
  },
  (input, state) => ({
    reason: input.reason,
    mediationId: caseMediationId(state.status === 'NONE' ? '' : state.caseId),
  }),
  (caseId, outcome) => ({ caseId, status: outcome.state.status, mediationId: caseMediationId(caseId) }),
);
