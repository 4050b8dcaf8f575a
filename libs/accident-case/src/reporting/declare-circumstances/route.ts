import { text } from '@quickclaim/http';
import { z } from 'zod';
import { partyCommandRoute } from '../../application/case-commands';
import { Situations } from '../../http/inputs';

export const CircumstancesBody = z.strictObject({
  situations: Situations.max(3, 'at most 3 situations'),
  note: text(1000).optional(),
});

export const DeclareCircumstancesRoute = partyCommandRoute('DeclareCircumstances', {
  path: '/cases/:caseId/circumstances',
  summary: 'Declare up to 3 of the standard situations S01–S21 for your vehicle',
  body: CircumstancesBody,
});
