import { endpoint } from '@quickclaim/http';
import { claimCommandRoute } from '../../application/claim-commands';
import { CLAIM_COMMAND_ANSWER, claimCommandPolicy } from '../../http/endpoints';

export const ACCEPT_ASSESSMENT = endpoint({
  method: 'POST',
  path: '/claims/:claimId/assessment/accept',
  tag: 'claims',
  summary: 'The claimant accepts the assessment',
  policy: claimCommandPolicy(['driver'], 'none', ['seesClaim']),
  response: CLAIM_COMMAND_ANSWER,
});

export const AcceptAssessmentRoute = claimCommandRoute('AcceptAssessmentRoute', ACCEPT_ASSESSMENT, (driver) => ({
  type: 'AcceptAssessment',
  driverId: driver.sub,
}));
