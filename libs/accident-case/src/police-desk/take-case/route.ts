import { endpoint } from '@quickclaim/http';
import { caseCommandRoute } from '../../application/case-commands';
import { caseCommandPolicy } from '../../http/endpoints';
import { AssignmentResponse } from '../../http/responses';
import { byOfficer } from '../desk.http';

export const TAKE_CASE = endpoint({
  method: 'POST',
  path: '/cases/:caseId/assignment',
  tag: 'police desk',
  summary: 'Take the case; 409 ALREADY_ASSIGNED while another officer holds it',
  policy: caseCommandPolicy(['officer'], 'none'),
  response: { status: 200, json: AssignmentResponse },
});

export const TakeCaseRoute = caseCommandRoute(
  'TakeCaseRoute',
  TAKE_CASE,
  (officer) => ({ type: 'TakeCase', ...byOfficer(officer) }),
  (caseId, outcome) => ({
    caseId,
    status: outcome.state.status,
    assignment: outcome.state.assignment ?? null,
  }),
);
