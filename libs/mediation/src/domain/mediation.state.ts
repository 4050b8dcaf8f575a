import type { Exclusive, InStatus } from '@quickclaim/kernel';
import type { MediationEvent } from './mediation.events';
import type { Failure, MediationOpening, MediationParty, MediationStatus, Proposal } from './mediation.types';

/** What every opened mediation holds, whatever its status. */
export interface MediationFile extends MediationOpening {
  /** When the current stage runs out (to be taken, to be proposed, to be signed). */
  deadline: string;
}

type Status<S extends MediationStatus, Holds = unknown> = MediationFile & { status: S } & Holds;

export type RequestedMediation = Status<'REQUESTED'>;
export type AssignedMediation = Status<'ASSIGNED', { mediatorId: string }>;
export type ProposedMediation = Status<
  'PROPOSED',
  { mediatorId: string; proposal: Proposal; signedBy: MediationParty[] }
>;
export type AgreedMediation = Status<
  'AGREED',
  { mediatorId: string; proposal: Proposal; signedBy: MediationParty[]; agreedAt: string }
>;
export type FailedMediation = Status<'FAILED', { mediatorId?: string; proposal?: Proposal; failure: Failure }>;

export interface NoMediation {
  status: 'NONE';
}

export type MediationState = Exclusive<
  NoMediation | RequestedMediation | AssignedMediation | ProposedMediation | AgreedMediation | FailedMediation
>;
export type OpenedMediationState = Exclude<MediationState, { status: 'NONE' }>;
export type MediationIn<S extends MediationStatus> = InStatus<OpenedMediationState, S>;

export const initialState: MediationState = { status: 'NONE' };

function fileOf(state: OpenedMediationState): MediationFile {
  const { mediationId, kind, caseId, claimId, district, committee, parties, requestedBy, reason, requestedAt } = state;
  const { assessments } = state;
  return {
    mediationId,
    kind,
    caseId,
    ...(claimId !== undefined ? { claimId } : {}),
    district,
    committee,
    parties,
    requestedBy,
    reason,
    requestedAt,
    ...(assessments !== undefined ? { assessments } : {}),
    deadline: state.deadline,
  };
}

export function evolve(state: MediationState, event: MediationEvent): MediationState {
  if (event.type === 'MediationOpened') return { ...event.data, status: 'REQUESTED' };
  if (state.status === 'NONE') return state;
  const file = fileOf(state);
  switch (event.type) {
    case 'MediatorAssigned':
      return { ...file, status: 'ASSIGNED', mediatorId: event.data.mediatorId, deadline: event.data.deadline };
    case 'MediationProposed': {
      const { vehicles, note, proposedAt, deadline, mediatorId } = event.data;
      return {
        ...file,
        status: 'PROPOSED',
        mediatorId,
        deadline,
        proposal: { vehicles, ...(note !== undefined ? { note } : {}), proposedAt },
        signedBy: [],
      };
    }
    case 'MediationSigned':
      return state.status === 'PROPOSED' ? { ...state, signedBy: [...state.signedBy, event.data.party] } : state;
    case 'MediationAgreed':
      return state.status === 'PROPOSED' ? { ...state, status: 'AGREED', agreedAt: event.data.agreedAt } : state;
    case 'MediationFailed':
      return {
        ...file,
        status: 'FAILED',
        ...(state.mediatorId !== undefined ? { mediatorId: state.mediatorId } : {}),
        ...(state.proposal !== undefined ? { proposal: state.proposal } : {}),
        failure: { ...event.data },
      };
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}

export function fold(events: readonly MediationEvent[], from: MediationState = initialState): MediationState {
  return events.reduce(evolve, from);
}
