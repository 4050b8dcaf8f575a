import { text } from '@quickclaim/http';
import { z } from 'zod';
import { Allocation, Situations } from '../../http/inputs';
import { deskCommandRoute } from '../desk.http';

export const DecisionBody = z.strictObject({
  allocation: Allocation,
  situations: Situations.max(6).optional(),
  reasoning: text(2000),
});

export const DecideLiabilityRoute = deskCommandRoute(
  'DecideLiability',
  {
    path: '/cases/:caseId/liability/decision',
    summary: 'Decide liability (the officer must hold the case)',
    body: DecisionBody,
  },
  (input) => ({ allocation: input.allocation, situations: input.situations ?? [], reasoning: input.reasoning }),
);
