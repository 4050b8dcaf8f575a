import type { CaseCommandOf } from '../domain/case.commands';
import { refuse } from '../domain/case.errors';
import { requireStatus } from '../domain/case.rules';
import type { Assignment, CaseIn, ReportedCaseState } from '../domain/case.state';
import { isAtOrAfter } from '../domain/time';

export const POLICE_DECISION_MINUTES = 5;
export const ASSIGNMENT_LAPSE_MINUTES = 10;

export function isAssignmentLive(assignment: Assignment | null | undefined, now: string): assignment is Assignment {
  return assignment !== null && assignment !== undefined && !isAtOrAfter(now, assignment.expiresAt);
}

/** An officer of another district is told there is no such case. */
export function requireDistrict(state: ReportedCaseState, district: string): void {
  if (state.district !== district) throw refuse.caseNotFound();
}

type OfficerAction = CaseCommandOf<'DecideLiability' | 'RequestEvidence' | 'ReferOffline'>;

/** Only the officer holding the case, while the hold lasts, decides, asks for evidence or refers. */
export function requireHolder(state: ReportedCaseState, command: OfficerAction): CaseIn<'UNDER_REVIEW'> {
  requireDistrict(state, command.district);
  const underReview = requireStatus(state, command.type);
  const holder = underReview.assignment;
  if (holder.officerId !== command.officerId) {
    throw refuse.conflict('NOT_ASSIGNED', 'Take the case before acting on it');
  }
  if (!isAssignmentLive(holder, command.now)) {
    throw refuse.conflict('ASSIGNMENT_LAPSED', 'Your hold on this case lapsed after 10 minutes; take it again');
  }
  return underReview;
}
