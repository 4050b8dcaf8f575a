import { ON_THE_DESK } from '../domain/case.transitions';
import { REQUIRED_PHOTO_KINDS, type CaseStatus, type PartyId } from '../domain/case.types';
import type { CaseViewState } from './case-view.state';

/**
 * What a driver of the case does next, or waits for: a closed set of codes the consoles
 * translate (docs/api.md, "What happens next").
 */
export const NEXT_STEPS = [
  'SHARE_JOIN_CODE',
  'ADD_REQUIRED_PHOTOS',
  'AGREE_OR_ASK_POLICE',
  'SIGN_AGREEMENT',
  'WAIT_FOR_SIGNATURE',
  'WAIT_FOR_OFFICER',
  'OFFICER_REVIEWING',
  'OFFICER_OVERDUE_KEEP_WAITING',
  'ADD_REQUESTED_PHOTOS',
  'ANSWER_DECISION_BY',
  'WAIT_FOR_OTHER_ANSWER',
  'WAIT_FOR_CLAIMS',
  'FOLLOW_CLAIMS',
  'GO_OFFLINE',
  'NOTHING_TO_DO',
] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

/** The desk was asked and nobody decided within the 5 minutes it promises. */
export function isDeskOverdue(state: Pick<CaseViewState, 'status' | 'policeRequest'>, now: string): boolean {
  return (
    (ON_THE_DESK as readonly string[]).includes(state.status) &&
    state.policeRequest !== null &&
    Date.parse(now) > Date.parse(state.policeRequest.deadline)
  );
}

export function nextStepFor(state: CaseViewState, party: PartyId, now: string): NextStep {
  const status: CaseStatus | 'NONE' = state.status;
  switch (status) {
    case 'REPORTED':
      return whileReported(state, party);
    case 'AWAITING_POLICE':
    case 'DISPUTED':
    case 'UNDER_REVIEW':
      if (isDeskOverdue(state, now)) return 'OFFICER_OVERDUE_KEEP_WAITING';
      return status === 'UNDER_REVIEW' ? 'OFFICER_REVIEWING' : 'WAIT_FOR_OFFICER';
    case 'EVIDENCE_REQUESTED':
      return 'ADD_REQUESTED_PHOTOS';
    case 'DECIDED':
      return state.responses[party] ? 'WAIT_FOR_OTHER_ANSWER' : 'ANSWER_DECISION_BY';
    case 'LIABILITY_FINAL':
      return 'WAIT_FOR_CLAIMS';
    case 'SETTLING':
      return 'FOLLOW_CLAIMS';
    case 'REFERRED_OFFLINE':
      return 'GO_OFFLINE';
    case 'CLOSED':
    case 'WITHDRAWN':
    case 'NONE':
      return 'NOTHING_TO_DO';
    default: {
      const exhaustive: never = status;
      return exhaustive;
    }
  }
}

function whileReported(state: CaseViewState, party: PartyId): NextStep {
  if (!state.parties.B) return party === 'A' ? 'SHARE_JOIN_CODE' : 'NOTHING_TO_DO';
  if (state.agreement) return state.agreement.signedBy.includes(party) ? 'WAIT_FOR_SIGNATURE' : 'SIGN_AGREEMENT';
  // A party of an assisted case who confirmed (on their phone) waits for the other's confirmation.
  if (state.assistance?.confirmed[party]) return 'WAIT_FOR_SIGNATURE';
  const attached = new Set(state.photos.map((photo) => photo.kind));
  if (REQUIRED_PHOTO_KINDS.some((kind) => !attached.has(kind))) return 'ADD_REQUIRED_PHOTOS';
  return 'AGREE_OR_ASK_POLICE';
}
