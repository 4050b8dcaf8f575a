import type { ClaimCommandOf } from '../../domain/claim.commands';
import type { ClaimEvent } from '../../domain/claim.events';
import { requireClaimant, requireStatus } from '../../domain/claim.rules';
import type { OpenedClaimState } from '../../domain/claim.state';

/** The claimant accepts the assessment. */
export function acceptAssessment(command: ClaimCommandOf<'AcceptAssessment'>, state: OpenedClaimState): ClaimEvent[] {
  requireClaimant(state, command.driverId);
  requireStatus(state, 'AcceptAssessment');
  return [{ type: 'AssessmentAccepted', data: { acceptedAt: command.now, bySilence: false } }];
}
