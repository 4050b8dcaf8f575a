import { AssignmentResponse } from '../../http/responses';
import { deskCommandRoute } from '../desk.http';

export const TakeCaseRoute = deskCommandRoute(
  'TakeCase',
  {
    path: '/cases/:caseId/assignment',
    summary: 'Take the case; 409 ALREADY_ASSIGNED while another officer holds it',
    response: { status: 200, json: AssignmentResponse },
  },
  undefined,
  (caseId, outcome) => ({ caseId, status: outcome.state.status, assignment: outcome.state.assignment ?? null }),
);
