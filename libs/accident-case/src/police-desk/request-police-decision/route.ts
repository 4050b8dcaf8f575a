import { endpoint } from '@quickclaim/http';
import { caseCommandRoute } from '../../application/case-commands';
import { PARTIES_AND_ASSISTANTS, caseCommandPolicy } from '../../http/endpoints';
import { CaseCommandResponse } from '../../http/responses';

const REQUEST_POLICE_DECISION = endpoint({
  method: 'POST',
  path: '/cases/:caseId/police-review',
  tag: 'drivers',
  summary: 'Ask the police desk to decide liability (within 5 minutes)',
  description: 'By the assistant who filed the case: hands it to the desk for both parties, instead of an agreement.',
  policy: caseCommandPolicy(PARTIES_AND_ASSISTANTS, 'none'),
  response: { status: 202, json: CaseCommandResponse },
});

export const RequestPoliceDecisionRoute = caseCommandRoute(
  'RequestPoliceDecisionRoute',
  REQUEST_POLICE_DECISION,
  (actor) =>
    actor.role === 'assistant'
      ? { type: 'HandToPoliceDesk', assistantId: actor.sub }
      : { type: 'RequestPoliceDecision', driverId: actor.sub },
);
