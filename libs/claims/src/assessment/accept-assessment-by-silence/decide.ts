import type { ClaimCommandOf } from '../../domain/claim.commands';
import { refuse } from '../../domain/claim.errors';
import type { ClaimEvent } from '../../domain/claim.events';
import { requireStatus } from '../../domain/claim.rules';
import type { OpenedClaimState } from '../../domain/claim.state';
import { ASSESSMENT_RESPONSE_MINUTES } from '../../domain/claim.types';

/** A claimant silent for 3 days after the assessment accepts it. */
export function acceptAssessmentBySilence(
  command: ClaimCommandOf<'AcceptAssessmentBySilence'>,
  state: OpenedClaimState,
): ClaimEvent[] {
  const assessed = requireStatus(state, 'AcceptAssessmentBySilence');
  const deadline = Date.parse(assessed.assessment.assessedAt) + ASSESSMENT_RESPONSE_MINUTES * 60_000;
  if (Date.parse(command.now) < deadline) {
    throw refuse.rule('RESPONSE_PERIOD_OPEN', 'The claimant still has time to answer the assessment');
  }
  return [{ type: 'AssessmentAccepted', data: { acceptedAt: command.now, bySilence: true } }];
}
