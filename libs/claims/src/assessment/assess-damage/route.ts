import { adjusterCommandRoute } from '../../application/claim-commands';
import { AssessmentBody } from '../../http/inputs';
import { AssessmentResponse } from '../../http/responses';

export const AssessDamageRoute = adjusterCommandRoute(
  'AssessDamage',
  {
    path: '/claims/:claimId/assessment',
    summary: "Assess the damage of the handling insurer's insured vehicle",
    body: AssessmentBody,
    response: { status: 200, json: AssessmentResponse },
  },
  (input) => ({ lineItems: input.lineItems, ...(input.note ? { note: input.note } : {}) }),
  (claimId, outcome) => ({ claimId, status: outcome.state.status, totalFen: outcome.state.assessment?.totalFen }),
);
