import { endpoint, text } from '@quickclaim/http';
import { z } from 'zod';
import { caseCommandRoute } from '../../application/case-commands';
import { CASE_COMMAND_ANSWER, PARTIES, caseCommandPolicy } from '../../http/endpoints';
import { Situations } from '../../http/inputs';

export const CircumstancesBody = z.strictObject({
  situations: Situations.max(3, 'at most 3 situations'),
  note: text(1000).optional(),
});

export const DECLARE_CIRCUMSTANCES = endpoint({
  method: 'POST',
  path: '/cases/:caseId/circumstances',
  tag: 'drivers',
  summary: 'Declare up to 3 of the standard situations S01–S21 for your vehicle',
  policy: caseCommandPolicy(PARTIES, 'json'),
  body: CircumstancesBody,
  response: CASE_COMMAND_ANSWER,
});

export const DeclareCircumstancesRoute = caseCommandRoute<z.infer<typeof CircumstancesBody>>(
  'DeclareCircumstancesRoute',
  DECLARE_CIRCUMSTANCES,
  (driver, input) => ({
    type: 'DeclareCircumstances',
    driverId: driver.sub,
    situations: input.situations,
    ...(input.note !== undefined ? { note: input.note } : {}),
  }),
);
