import { endpoint } from '@quickclaim/http';
import { z } from 'zod';
import { caseCommandRoute } from '../../application/case-commands';
import { CASE_COMMAND_ANSWER, PARTIES_AND_ASSISTANTS, caseCommandPolicy } from '../../http/endpoints';
import { Allocation } from '../../http/inputs';

export const AgreementBody = z.strictObject({ allocation: Allocation });

const PROPOSE_AGREEMENT = endpoint({
  method: 'POST',
  path: '/cases/:caseId/agreement',
  tag: 'drivers',
  summary: 'Propose (and sign) a FULL/NONE allocation for the other party to sign',
  description:
    'By the assistant who filed the case: records the allocation the parties negotiated, signed by neither; ' +
    'each party then confirms it (POST /cases/{caseId}/parties/{party}/confirmation, or POST /cases/{caseId}/confirmation ' +
    'on their own phone).',
  policy: caseCommandPolicy(PARTIES_AND_ASSISTANTS, 'json'),
  body: AgreementBody,
  response: CASE_COMMAND_ANSWER,
});

export const ProposeAgreementRoute = caseCommandRoute<z.infer<typeof AgreementBody>>(
  'ProposeAgreementRoute',
  PROPOSE_AGREEMENT,
  (actor, { allocation }) =>
    actor.role === 'assistant'
      ? { type: 'RecordAgreement', assistantId: actor.sub, allocation }
      : { type: 'ProposeAgreement', driverId: actor.sub, allocation },
);
