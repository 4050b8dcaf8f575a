import { z } from 'zod';
import { partyCommandRoute } from '../../application/case-commands';
import { Allocation } from '../../http/inputs';

export const AgreementBody = z.strictObject({ allocation: Allocation });

export const ProposeAgreementRoute = partyCommandRoute('ProposeAgreement', {
  path: '/cases/:caseId/agreement',
  summary: 'Propose (and sign) a FULL/NONE allocation for the other party to sign',
  body: AgreementBody,
});
