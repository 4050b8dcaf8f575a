import { partyCommandRoute } from '../../application/case-commands';
import { CaseCommandResponse } from '../../http/responses';

export const RequestPoliceDecisionRoute = partyCommandRoute('RequestPoliceDecision', {
  path: '/cases/:caseId/police-review',
  summary: 'Ask the police desk to decide liability (within 5 minutes)',
  response: { status: 202, json: CaseCommandResponse },
});
