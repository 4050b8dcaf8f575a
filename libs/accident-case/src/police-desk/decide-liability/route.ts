import { endpoint, text } from '@quickclaim/http';
import { z } from 'zod';
import { caseCommandRoute } from '../../application/case-commands';
import { CASE_COMMAND_ANSWER, caseCommandPolicy } from '../../http/endpoints';
import { Allocation, Situations } from '../../http/inputs';
import { byOfficer } from '../desk.http';

export const DecisionBody = z.strictObject({
  allocation: Allocation,
  situations: Situations.max(6).optional(),
  reasoning: text(2000),
});

export const DECIDE_LIABILITY = endpoint({
  method: 'POST',
  path: '/cases/:caseId/liability/decision',
  tag: 'police desk',
  summary: 'Decide liability (the officer must hold the case)',
  policy: caseCommandPolicy(['officer'], 'json'),
  body: DecisionBody,
  response: CASE_COMMAND_ANSWER,
});

export const DecideLiabilityRoute = caseCommandRoute<z.infer<typeof DecisionBody>>(
  'DecideLiabilityRoute',
  DECIDE_LIABILITY,
  (officer, input) => ({
    type: 'DecideLiability',
    ...byOfficer(officer),
    allocation: input.allocation,
    situations: input.situations ?? [],
    reasoning: input.reasoning,
  }),
);
