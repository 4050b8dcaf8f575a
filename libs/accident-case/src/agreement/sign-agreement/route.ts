import { endpoint } from '@quickclaim/http';
import { caseCommandRoute } from '../../application/case-commands';
import { CASE_COMMAND_ANSWER, PARTIES, caseCommandPolicy } from '../../http/endpoints';

export const SIGN_AGREEMENT = endpoint({
  method: 'POST',
  path: '/cases/:caseId/agreement/sign',
  tag: 'drivers',
  summary: 'Sign the proposed agreement; liability is final when both have signed',
  policy: caseCommandPolicy(PARTIES, 'none'),
  response: CASE_COMMAND_ANSWER,
});

export const SignAgreementRoute = caseCommandRoute('SignAgreementRoute', SIGN_AGREEMENT, (driver) => ({
  type: 'SignAgreement',
  driverId: driver.sub,
}));
