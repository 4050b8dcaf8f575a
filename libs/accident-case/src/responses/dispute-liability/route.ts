import { endpoint, ReasonBody } from '@quickclaim/http';
import { z } from 'zod';
import { caseCommandRoute } from '../../application/case-commands';
import { CASE_COMMAND_ANSWER, PARTIES, caseCommandPolicy } from '../../http/endpoints';

export const DISPUTE_LIABILITY = endpoint({
  method: 'POST',
  path: '/cases/:caseId/liability/dispute',
  tag: 'drivers',
  summary: 'Dispute the decision: the first dispute asks for one review by another officer',
  policy: caseCommandPolicy(PARTIES, 'json'),
  body: ReasonBody,
  response: CASE_COMMAND_ANSWER,
});

export const DisputeLiabilityRoute = caseCommandRoute<z.infer<typeof ReasonBody>>(
  'DisputeLiabilityRoute',
  DISPUTE_LIABILITY,
  (driver, { reason }) => ({ type: 'DisputeLiability', driverId: driver.sub, reason }),
);
