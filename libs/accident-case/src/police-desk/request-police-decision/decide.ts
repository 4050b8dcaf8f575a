import type { CaseCommandOf } from '../../domain/case.commands';
import { refuse } from '../../domain/case.errors';
import type { CaseEvent } from '../../domain/case.events';
import { requireParty, requirePartyB, requireStatus } from '../../domain/case.rules';
import type { CaseIn, ReportedCaseState } from '../../domain/case.state';
import { isAlreadyDoneIn, type AllowedStatus } from '../../domain/case.transitions';
import { REQUIRED_PHOTO_KINDS, type PartyId } from '../../domain/case.types';
import { suggestLiability, type LiabilitySuggestion } from '../../domain/liability-rules';
import { addMinutes, isAtOrAfter } from '../../domain/time';
import { POLICE_DECISION_MINUTES } from '../desk.rules';

/** What the desk is shown: the allocation the parties' declared situations point to, if any. */
export function suggestionFor(state: ReportedCaseState): LiabilitySuggestion | null {
  return suggestLiability({ A: state.parties.A.situations, B: state.parties.B?.situations ?? [] });
}

/** The case goes to the police desk of its district, to be decided within 5 minutes. */
export function policeDecisionRequested(
  state: ReportedCaseState,
  requestedBy: PartyId | 'ASSISTANT',
  now: string,
  review: boolean,
): CaseEvent {
  return {
    type: 'PoliceDecisionRequested',
    data: {
      requestedBy,
      requestedAt: now,
      deadline: addMinutes(now, POLICE_DECISION_MINUTES),
      district: state.district,
      suggestion: suggestionFor(state),
      review,
    },
  };
}

/** The photos the desk needs: the three required kinds, and any kind the officer asked for since. */
export function requireEvidenceForTheDesk(asking: CaseIn<AllowedStatus<'RequestPoliceDecision'>>): void {
  const attachedKinds = new Set(asking.photos.map((photo) => photo.kind));
  const missing = REQUIRED_PHOTO_KINDS.filter((kind) => !attachedKinds.has(kind));
  if (missing.length > 0) {
    throw refuse.rule(
      'REQUIRED_PHOTOS_MISSING',
      `Photos of these kinds are needed first: ${missing.join(', ')}`,
      missing.map((kind) => ({ field: 'photos', message: `${kind} is missing` })),
    );
  }
  if (asking.status === 'EVIDENCE_REQUESTED') {
    const { evidenceRequest } = asking;
    const sinceRequest = new Set(
      asking.photos
        .filter((photo) => isAtOrAfter(photo.attachedAt, evidenceRequest.requestedAt))
        .map((photo) => photo.kind),
    );
    const stillMissing = evidenceRequest.kinds.filter((kind) => !sinceRequest.has(kind));
    if (stillMissing.length > 0) {
      throw refuse.rule(
        'REQUESTED_EVIDENCE_MISSING',
        `The officer asked for photos of: ${stillMissing.join(', ')}`,
        stillMissing.map((kind) => ({ field: 'photos', message: `${kind} is missing` })),
      );
    }
  }
}

/** A party asks the desk, once both are there with the required photos (and any the officer asked for). */
export function requestPoliceDecision(
  command: CaseCommandOf<'RequestPoliceDecision'>,
  state: ReportedCaseState,
): CaseEvent[] {
  const party = requireParty(state, command.driverId);
  if (isAlreadyDoneIn('RequestPoliceDecision', state.status)) return [];
  const asking = requireStatus(state, 'RequestPoliceDecision');
  requirePartyB(asking);
  requireEvidenceForTheDesk(asking);
  return [policeDecisionRequested(asking, party, command.now, asking.policeRequest?.review ?? false)];
}
