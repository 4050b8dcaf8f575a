import { endpoint } from '@quickclaim/http';
import { z } from 'zod';
import { caseCommandRoute } from '../../application/case-commands';
import { CASE_COMMAND_ANSWER, PARTIES, caseCommandPolicy } from '../../http/endpoints';
import { Allocation } from '../../http/inputs';

export const AgreementBody = z.strictObject({ allocation: Allocation });

export const PROPOSE_AGREEMENT = endpoint({
  method: 'POST',
  path: '/cases/:caseId/agreement',
  tag: 'drivers',
  summary: 'Propose (and sign) a FULL/NONE allocation for the other party to sign',
  policy: caseCommandPolicy(PARTIES, 'json'),
  body: AgreementBody,
  response: CASE_COMMAND_ANSWER,
});

export const ProposeAgreementRoute = caseCommandRoute<z.infer<typeof AgreementBody>>(
  'ProposeAgreementRoute',
  PROPOSE_AGREEMENT,
  (driver, { allocation }) => ({ type: 'ProposeAgreement', driverId: driver.sub, allocation }),
);
