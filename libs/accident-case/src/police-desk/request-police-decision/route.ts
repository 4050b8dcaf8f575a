import { endpoint } from '@quickclaim/http';
import { caseCommandRoute } from '../../application/case-commands';
import { PARTIES, caseCommandPolicy } from '../../http/endpoints';
import { CaseCommandResponse } from '../../http/responses';

export const REQUEST_POLICE_DECISION = endpoint({
  method: 'POST',
  path: '/cases/:caseId/police-review',
  tag: 'drivers',
  summary: 'Ask the police desk to decide liability (within 5 minutes)',
  policy: caseCommandPolicy(PARTIES, 'none'),
  response: { status: 202, json: CaseCommandResponse },
});

export const RequestPoliceDecisionRoute = caseCommandRoute(
  'RequestPoliceDecisionRoute',
  REQUEST_POLICE_DECISION,
  (driver) => ({ type: 'RequestPoliceDecision', driverId: driver.sub }),
);
