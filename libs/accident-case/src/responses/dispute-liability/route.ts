import { ReasonBody } from '@quickclaim/http';
import { partyCommandRoute } from '../../application/case-commands';

export const DisputeLiabilityRoute = partyCommandRoute('DisputeLiability', {
  path: '/cases/:caseId/liability/dispute',
  summary: 'Dispute the decision: the first dispute asks for one review by another officer',
  body: ReasonBody,
});
