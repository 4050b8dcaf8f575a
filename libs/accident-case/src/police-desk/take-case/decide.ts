import type { CaseCommandOf } from '../../domain/case.commands';
import { refuse } from '../../domain/case.errors';
import type { CaseEvent } from '../../domain/case.events';
import { requireStatus } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import { addMinutes } from '../../domain/time';
import { ASSIGNMENT_LAPSE_MINUTES, isAssignmentLive, requireDistrict } from '../desk.rules';

/** An officer of the district takes the case for 10 minutes; a review goes to another officer than the first. */
export function takeCase(command: CaseCommandOf<'TakeCase'>, state: ReportedCaseState): CaseEvent[] {
  const { officerId, now } = command;
  requireDistrict(state, command.district);
  const waiting = requireStatus(state, 'TakeCase');
  if (waiting.status === 'UNDER_REVIEW' && isAssignmentLive(waiting.assignment, now)) {
    if (waiting.assignment.officerId !== officerId) {
      throw refuse.conflict('ALREADY_ASSIGNED', 'Another officer holds this case');
    }
  }
  if (waiting.policeRequest.review && waiting.policeRequest.disputedDecisionBy === officerId) {
    throw refuse.rule(
      'REVIEW_NEEDS_ANOTHER_OFFICER',
      'A review must be decided by another officer than the first decision',
    );
  }
  return [
    {
      type: 'OfficerAssigned',
      data: { officerId, assignedAt: now, expiresAt: addMinutes(now, ASSIGNMENT_LAPSE_MINUTES) },
    },
  ];
}
