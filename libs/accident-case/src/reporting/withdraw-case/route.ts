import { ReasonBody } from '@quickclaim/http';
import { partyCommandRoute } from '../../application/case-commands';

export const WithdrawCaseRoute = partyCommandRoute('WithdrawCase', {
  path: '/cases/:caseId/withdraw',
  summary: 'Withdraw the case (only before liability is final)',
  body: ReasonBody,
});
