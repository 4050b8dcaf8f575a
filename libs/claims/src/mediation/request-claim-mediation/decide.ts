import type { ClaimCommandOf } from '../../domain/claim.commands';
import { refuse } from '../../domain/claim.errors';
import type { ClaimEvent } from '../../domain/claim.events';
import { requireClaimant, requireStatus, requireText } from '../../domain/claim.rules';
import type { OpenedClaimState } from '../../domain/claim.state';
import { REJECTIONS_BEFORE_MEDIATION } from '../../domain/claim.types';

/**
 * The claimant, having rejected the assessment twice, asks for mediation instead of another
 * round: the claim waits in mediation (no reassessment, no silence) for the committee.
 */
export function requestClaimMediation(
  command: ClaimCommandOf<'RequestClaimMediation'>,
  state: OpenedClaimState,
): ClaimEvent[] {
  requireClaimant(state, command.driverId);
  requireStatus(state, 'RequestClaimMediation');
  if (state.rejections < REJECTIONS_BEFORE_MEDIATION) {
    throw refuse.rule(
      'MEDIATION_NEEDS_TWO_REJECTIONS',
      `An assessment may be mediated once its claimant rejected it ${REJECTIONS_BEFORE_MEDIATION} times`,
    );
  }
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Say why you ask for mediation');
  return [
    { type: 'ClaimMediationRequested', data: { mediationId: command.mediationId, reason, requestedAt: command.now } },
  ];
}
