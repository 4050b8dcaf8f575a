import { partyCommandRoute } from '../../application/case-commands';

export const AcceptLiabilityRoute = partyCommandRoute('AcceptLiability', {
  path: '/cases/:caseId/liability/accept',
  summary: 'Accept the police decision (silence for 3 days counts as acceptance)',
});
