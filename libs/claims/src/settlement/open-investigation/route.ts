import { endpoint, text } from '@quickclaim/http';
import { z } from 'zod';
import { claimCommandRoute } from '../../application/claim-commands';
import { CLAIM_COMMAND_ANSWER, claimCommandPolicy } from '../../http/endpoints';

export const InvestigationBody = z.strictObject({ note: text(2000) });

export const OPEN_INVESTIGATION = endpoint({
  method: 'POST',
  path: '/claims/:claimId/investigation',
  tag: 'claims',
  summary: 'Send a settlement held for review for investigation (handling insurer); approve or decline it later',
  description: 'The claim is `UNDER_INVESTIGATION`; the note is shown to insurers and auditors, not to the claimant.',
  policy: claimCommandPolicy(['adjuster'], 'json', ['seesClaim', 'handlesClaim']),
  body: InvestigationBody,
  response: CLAIM_COMMAND_ANSWER,
});

export const OpenInvestigationRoute = claimCommandRoute<z.infer<typeof InvestigationBody>>(
  'OpenInvestigationRoute',
  OPEN_INVESTIGATION,
  (adjuster, { note }) => ({
    type: 'OpenInvestigation',
    adjusterId: adjuster.sub,
    insurer: adjuster.insurer ?? '',
    note,
  }),
);
