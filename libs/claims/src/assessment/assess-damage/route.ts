import { endpoint } from '@quickclaim/http';
import type { z } from 'zod';
import { claimCommandRoute } from '../../application/claim-commands';
import { claimCommandPolicy } from '../../http/endpoints';
import { AssessmentBody } from '../../http/inputs';
import { AssessmentResponse } from '../../http/responses';

export const ASSESS_DAMAGE = endpoint({
  method: 'POST',
  path: '/claims/:claimId/assessment',
  tag: 'claims',
  summary: "Assess the damage of the handling insurer's insured vehicle",
  policy: claimCommandPolicy(['adjuster'], 'json', ['seesClaim', 'handlesClaim']),
  body: AssessmentBody,
  response: { status: 200, json: AssessmentResponse },
});

export const AssessDamageRoute = claimCommandRoute<z.infer<typeof AssessmentBody>>(
  'AssessDamageRoute',
  ASSESS_DAMAGE,
  (adjuster, input) => ({
    type: 'AssessDamage',
    adjusterId: adjuster.sub,
    insurer: adjuster.insurer ?? '',
    lineItems: input.lineItems,
    ...(input.note ? { note: input.note } : {}),
  }),
  (claimId, outcome) => ({
    claimId,
    status: outcome.state.status,
    totalFen: outcome.state.assessment?.totalFen,
  }),
);
