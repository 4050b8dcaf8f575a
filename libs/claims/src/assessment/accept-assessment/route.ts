import { claimantCommandRoute } from '../../application/claim-commands';

export const AcceptAssessmentRoute = claimantCommandRoute('AcceptAssessment', {
  path: '/claims/:claimId/assessment/accept',
  summary: 'The claimant accepts the assessment',
});
