import { endpoint } from '@quickclaim/http';
import { caseCommandRoute } from '../../application/case-commands';
import { CASE_COMMAND_ANSWER, PARTIES, caseCommandPolicy } from '../../http/endpoints';

export const ACCEPT_LIABILITY = endpoint({
  method: 'POST',
  path: '/cases/:caseId/liability/accept',
  tag: 'drivers',
  summary: 'Accept the police decision (silence for 3 days counts as acceptance)',
  policy: caseCommandPolicy(PARTIES, 'none'),
  response: CASE_COMMAND_ANSWER,
});

export const AcceptLiabilityRoute = caseCommandRoute('AcceptLiabilityRoute', ACCEPT_LIABILITY, (driver) => ({
  type: 'AcceptLiability',
  driverId: driver.sub,
}));
