import { partyCommandRoute } from '../../application/case-commands';

export const SignAgreementRoute = partyCommandRoute('SignAgreement', {
  path: '/cases/:caseId/agreement/sign',
  summary: 'Sign the proposed agreement; liability is final when both have signed',
});
