import { endpoint, text } from '@quickclaim/http';
import { z } from 'zod';
import { caseCommandRoute } from '../../application/case-commands';
import { CASE_COMMAND_ANSWER, caseCommandPolicy } from '../../http/endpoints';
import { PhotoKinds } from '../../http/inputs';
import { byOfficer } from '../desk.http';

export const EvidenceRequestBody = z.strictObject({ kinds: z.array(PhotoKinds).min(1), note: text(1000) });

export const REQUEST_EVIDENCE = endpoint({
  method: 'POST',
  path: '/cases/:caseId/evidence-request',
  tag: 'police desk',
  summary: 'Ask the parties for more photos',
  policy: caseCommandPolicy(['officer'], 'json'),
  body: EvidenceRequestBody,
  response: CASE_COMMAND_ANSWER,
});

export const RequestEvidenceRoute = caseCommandRoute<z.infer<typeof EvidenceRequestBody>>(
  'RequestEvidenceRoute',
  REQUEST_EVIDENCE,
  (officer, { kinds, note }) => ({ type: 'RequestEvidence', ...byOfficer(officer), kinds, note }),
);
