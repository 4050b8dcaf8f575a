import { endpoint, ReasonBody } from '@quickclaim/http';
import type { z } from 'zod';
import { claimCommandRoute } from '../../application/claim-commands';
import { CLAIM_COMMAND_ANSWER, claimCommandPolicy } from '../../http/endpoints';

export const REJECT_ASSESSMENT = endpoint({
  method: 'POST',
  path: '/claims/:claimId/assessment/reject',
  tag: 'claims',
  summary: 'The claimant rejects the assessment; it goes back to the adjuster with the reason',
  policy: claimCommandPolicy(['driver'], 'json', ['seesClaim']),
  body: ReasonBody,
  response: CLAIM_COMMAND_ANSWER,
});

export const RejectAssessmentRoute = claimCommandRoute<z.infer<typeof ReasonBody>>(
  'RejectAssessmentRoute',
  REJECT_ASSESSMENT,
  (driver, { reason }) => ({ type: 'RejectAssessment', driverId: driver.sub, reason }),
);
