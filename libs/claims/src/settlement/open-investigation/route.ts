import { text } from '@quickclaim/http';
import { z } from 'zod';
import { adjusterCommandRoute } from '../../application/claim-commands';

export const InvestigationBody = z.strictObject({ note: text(2000) });

export const OpenInvestigationRoute = adjusterCommandRoute('OpenInvestigation', {
  path: '/claims/:claimId/investigation',
  summary: 'Send a settlement held for review for investigation (handling insurer); approve or decline it later',
  description: 'The claim is `UNDER_INVESTIGATION`; the note is shown to insurers and auditors, not to the claimant.',
  body: InvestigationBody,
});
