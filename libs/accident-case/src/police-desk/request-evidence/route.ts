import { text } from '@quickclaim/http';
import { z } from 'zod';
import { PhotoKinds } from '../../http/inputs';
import { deskCommandRoute } from '../desk.http';

export const EvidenceRequestBody = z.strictObject({ kinds: z.array(PhotoKinds).min(1), note: text(1000) });

export const RequestEvidenceRoute = deskCommandRoute('RequestEvidence', {
  path: '/cases/:caseId/evidence-request',
  summary: 'Ask the parties for more photos',
  body: EvidenceRequestBody,
});
