import { ReasonBody } from '@quickclaim/http';
import { claimantCommandRoute } from '../../application/claim-commands';

export const RejectAssessmentRoute = claimantCommandRoute('RejectAssessment', {
  path: '/claims/:claimId/assessment/reject',
  summary: 'The claimant rejects the assessment; it goes back to the adjuster with the reason',
  body: ReasonBody,
});
