import type { ClaimCommandOf } from '../../domain/claim.commands';
import type { ClaimEvent } from '../../domain/claim.events';
import { requireClaimant, requireStatus, requireText } from '../../domain/claim.rules';
import type { OpenedClaimState } from '../../domain/claim.state';

/** The claimant rejects the assessment with a reason; it goes back to the adjuster. */
export function rejectAssessment(command: ClaimCommandOf<'RejectAssessment'>, state: OpenedClaimState): ClaimEvent[] {
  requireClaimant(state, command.driverId);
  requireStatus(state, 'RejectAssessment');
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Say why the assessment is rejected');
  return [{ type: 'AssessmentRejected', data: { reason, rejectedAt: command.now } }];
}
