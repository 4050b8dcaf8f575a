import { endpoint, ReasonBody } from '@quickclaim/http';
import { z } from 'zod';
import { caseCommandRoute } from '../../application/case-commands';
import { CASE_COMMAND_ANSWER, PARTIES, caseCommandPolicy } from '../../http/endpoints';

export const WITHDRAW_CASE = endpoint({
  method: 'POST',
  path: '/cases/:caseId/withdraw',
  tag: 'drivers',
  summary: 'Withdraw the case (only before liability is final)',
  policy: caseCommandPolicy(PARTIES, 'json'),
  body: ReasonBody,
  response: CASE_COMMAND_ANSWER,
});

export const WithdrawCaseRoute = caseCommandRoute<z.infer<typeof ReasonBody>>(
  'WithdrawCaseRoute',
  WITHDRAW_CASE,
  (driver, { reason }) => ({ type: 'WithdrawCase', driverId: driver.sub, reason }),
);
