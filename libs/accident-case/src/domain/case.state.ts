import type { Decisions, Exclusive, InStatus } from '@quickclaim/kernel';
import type { AssistedAgreement, Filer } from './assistance.types';
import type { CaseCommand } from './case.commands';
import type { CaseEvent } from './case.events';
import {
  type Allocation,
  type CaseStatus,
  type Eligibility,
  type Location,
  PARTY_IDS,
  type PartyDetails,
  type PartyId,
  type PhotoEvidence,
  type PhotoKind,
  reporterAccount,
} from './case.types';
import type { LiabilitySuggestion } from './liability-rules';
import type { SituationCode } from './situations';
import { statusAfter } from './case.transitions';

export interface PartyState extends PartyDetails {
  /** The party's driver account: absent while an assistant filed for them and they have not confirmed on their own phone. */
  driverId?: string;
  situations: SituationCode[];
  note?: string;
}

export interface AttachedPhoto extends PhotoEvidence {
  party: PartyId;
  uploadedBy: string;
  attachedAt: string;
}

export interface Agreement {
  allocation: Allocation;
  signedBy: PartyId[];
}

export interface PoliceRequest {
  requestedAt: string;
  deadline: string;
  review: boolean;
  suggestion: LiabilitySuggestion | null;
  /** On a review: the officer whose first decision was disputed, who may not decide it again. */
  disputedDecisionBy: string | null;
}

export interface Assignment {
  officerId: string;
  assignedAt: string;
  expiresAt: string;
}

export interface EvidenceRequest {
  officerId: string;
  kinds: PhotoKind[];
  note: string;
  requestedAt: string;
}

export interface Decision {
  officerId: string;
  allocation: Allocation;
  situations: SituationCode[];
  reasoning: string;
  basis: 'POLICE' | 'REVIEW';
  decidedAt: string;
  responseDeadline: string;
}

export type Responses = Partial<Record<PartyId, 'ACCEPTED' | 'DISPUTED'>>;

export interface FinalLiability {
  allocation: Allocation;
  basis: 'AGREEMENT' | 'POLICE' | 'REVIEW';
  decidedBy?: string;
  decidedAt: string;
  reasoning?: string;
  finalizedAt: string;
}

export interface OpenedClaim {
  claimId: string;
  party: PartyId;
}

/** What every reported case holds, whatever its status. */
export interface CaseFile {
  caseId: string;
  district: string;
  joinCode: string;
  occurredAt: string;
  reportedAt: string;
  location: Location;
  eligibility: Eligibility;
  weather?: string;
  description?: string;
  parties: { A: PartyState; B?: PartyState };
  photos: AttachedPhoto[];
  /** Case-level signals of fraud; photo flags live on the photos. */
  flags: string[];
  /** The last time the drivers asked the police desk, if they ever did. */
  policeRequest: PoliceRequest | null;
  /** The assistant who filed the case for its parties, if one did. */
  filedBy: Filer | null;
}

type Status<S extends CaseStatus, Holds = unknown> = CaseFile & { status: S } & Holds;

/** Each status with what exists in it; the transition table says which event leads to which. */
export type ReportedCase = Status<
  'REPORTED',
  {
    agreement: Agreement | null;
    /** The agreement the filing assistant recorded, with each party's confirmation of it. */
    assisted: AssistedAgreement | null;
  }
>;
export type CaseOnTheDesk = Status<'AWAITING_POLICE' | 'DISPUTED', { policeRequest: PoliceRequest }>;
export type CaseUnderReview = Status<'UNDER_REVIEW', { policeRequest: PoliceRequest; assignment: Assignment }>;
export type CaseAwaitingEvidence = Status<
  'EVIDENCE_REQUESTED',
  { policeRequest: PoliceRequest; evidenceRequest: EvidenceRequest }
>;
export type DecidedCase = Status<'DECIDED', { policeRequest: PoliceRequest; decision: Decision; responses: Responses }>;
export type CaseWithFinalLiability = Status<'LIABILITY_FINAL', { liability: FinalLiability }>;
export type SettlingCase = Status<'SETTLING' | 'CLOSED', { liability: FinalLiability; claims: OpenedClaim[] }>;
export type CaseOffTheOnlinePath = Status<'REFERRED_OFFLINE' | 'WITHDRAWN'>;

type CaseVariant =
  | ReportedCase
  | CaseOnTheDesk
  | CaseUnderReview
  | CaseAwaitingEvidence
  | DecidedCase
  | CaseWithFinalLiability
  | SettlingCase
  | CaseOffTheOnlinePath;

export interface NoCase {
  status: 'NONE';
}

/** The case in any status, each with what exists in it (reading a field another status has gives undefined). */
export type CaseState = Exclusive<NoCase | CaseVariant>;

/** A case that was reported, in whatever status it is now. */
export type ReportedCaseState = Exclude<CaseState, { status: 'NONE' }>;

/** The case in one of the given statuses. */
export type CaseIn<S extends CaseStatus> = InStatus<ReportedCaseState, S>;

export const initialState: CaseState = { status: 'NONE' };

export function partyOfDriver(state: CaseState, driverId: string): PartyId | undefined {
  if (state.status === 'NONE') return undefined;
  return PARTY_IDS.find((party) => state.parties[party]?.driverId === driverId);
}

type Parties = Partial<Record<PartyId, PartyState>>;

/** The parties once one declared their situations (a new note replaces the old); null for no such party. */
export function withCircumstances<P extends Parties>(
  parties: P,
  { party, situations, note }: Extract<CaseEvent, { type: 'CircumstancesDeclared' }>['data'],
): P | null {
  const current = parties[party];
  if (!current) return null;
  const { note: _previousNote, ...rest } = current;
  return { ...parties, [party]: { ...rest, situations, ...(note !== undefined ? { note } : {}) } };
}

/** What stays the same across statuses: the ground every next status is built on. */
function fileOf(state: ReportedCaseState): CaseFile {
  const { caseId, district, joinCode, occurredAt, reportedAt, location, eligibility, weather, description } = state;
  return {
    caseId,
    district,
    joinCode,
    occurredAt,
    reportedAt,
    location,
    eligibility,
    ...reporterAccount({ weather, description }),
    parties: state.parties,
    photos: state.photos,
    flags: state.flags,
    policeRequest: state.policeRequest,
    filedBy: state.filedBy,
  };
}

type ReportedFile = Pick<
  CaseFile,
  | 'caseId'
  | 'district'
  | 'joinCode'
  | 'occurredAt'
  | 'reportedAt'
  | 'location'
  | 'eligibility'
  | 'weather'
  | 'description'
> & { parties: { A: PartyState } };

/** What the report tells of a case, as the decider and the case views keep it. */
export function reportedFile({
  reporter,
  ...data
}: Extract<CaseEvent, { type: 'AccidentReported' }>['data']): ReportedFile {
  return {
    caseId: data.caseId,
    district: data.location.district,
    joinCode: data.joinCode,
    occurredAt: data.occurredAt,
    reportedAt: data.reportedAt,
    location: data.location,
    eligibility: data.eligibility,
    ...reporterAccount(data),
    parties: { A: { ...reporter, situations: [] } },
  };
}

export function evolve(state: CaseState, event: CaseEvent): CaseState {
  if (event.type === 'AccidentReported') {
    return {
      status: 'REPORTED',
      ...reportedFile(event.data),
      photos: [],
      flags: [],
      policeRequest: null,
      filedBy: event.data.filedBy ?? null,
      agreement: null,
      assisted: null,
    };
  }
  if (state.status === 'NONE') return state;
  return evolveReported(state, event);
}

function evolveReported(state: ReportedCaseState, event: Exclude<CaseEvent, { type: 'AccidentReported' }>): CaseState {
  const file = fileOf(state);
  switch (event.type) {
    case 'PartyJoined':
      return { ...state, parties: { ...state.parties, B: { ...event.data.driver, situations: [] } } };
    case 'PhotoAttached':
      return { ...state, photos: [...state.photos, event.data] };
    case 'CircumstancesDeclared': {
      const parties = withCircumstances(state.parties, event.data);
      return parties ? { ...state, parties } : state;
    }
    case 'AgreementProposed':
      return state.status === 'REPORTED'
        ? { ...state, agreement: { allocation: event.data.allocation, signedBy: [event.data.proposedBy] } }
        : state;
    case 'AgreementSigned':
      return state.status === 'REPORTED' && state.agreement
        ? { ...state, agreement: { ...state.agreement, signedBy: [...state.agreement.signedBy, event.data.party] } }
        : state;
    case 'PoliceDecisionRequested':
      return {
        ...file,
        status: statusAfter(event),
        policeRequest: {
          requestedAt: event.data.requestedAt,
          deadline: event.data.deadline,
          review: event.data.review,
          suggestion: event.data.suggestion,
          disputedDecisionBy: !event.data.review
            ? null
            : state.status === 'DECIDED'
              ? state.decision.officerId
              : (state.policeRequest?.disputedDecisionBy ?? null),
        },
      };
    case 'OfficerAssigned':
      return state.policeRequest
        ? { ...file, status: 'UNDER_REVIEW', policeRequest: state.policeRequest, assignment: { ...event.data } }
        : state;
    case 'LiabilityDecided':
      return state.policeRequest
        ? { ...file, status: 'DECIDED', policeRequest: state.policeRequest, decision: { ...event.data }, responses: {} }
        : state;
    case 'EvidenceRequested':
      return state.policeRequest
        ? {
            ...file,
            status: 'EVIDENCE_REQUESTED',
            policeRequest: state.policeRequest,
            evidenceRequest: {
              officerId: event.data.officerId,
              kinds: event.data.kinds,
              // The drivers read what the officer asked for, not only which kinds.
              note: event.data.note,
              requestedAt: event.data.requestedAt,
            },
          }
        : state;
    case 'CaseReferredOffline':
    case 'CaseWithdrawn':
      return { ...file, status: statusAfter(event) };
    case 'LiabilityAccepted':
    case 'LiabilityDisputed':
      return state.status === 'DECIDED'
        ? {
            ...state,
            responses: {
              ...state.responses,
              [event.data.party]: event.type === 'LiabilityAccepted' ? 'ACCEPTED' : 'DISPUTED',
            },
          }
        : state;
    case 'LiabilityFinalized':
      return { ...file, status: 'LIABILITY_FINAL', liability: { ...event.data } };
    case 'CaseFlagged':
      return { ...state, flags: [...new Set([...state.flags, ...event.data.flags])] };
    case 'ClaimsOpened':
      return state.liability
        ? { ...file, status: 'SETTLING', liability: state.liability, claims: event.data.claims }
        : state;
    case 'CaseClosed':
      return state.status === 'SETTLING' ? { ...state, status: 'CLOSED' } : state;
    case 'AgreementRecorded':
      return state.status === 'REPORTED'
        ? {
            ...state,
            assisted: { ...event.data, codes: {}, codesSent: {}, confirmed: {} },
          }
        : state;
    case 'ConfirmationCodeSent':
    case 'ConfirmationCodeRejected':
      return state.status === 'REPORTED' && state.assisted
        ? { ...state, assisted: withCodeEvent(state.assisted, event) }
        : state;
    case 'PartyConfirmed':
      return withConfirmation(state, event.data);
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}

/** The assisted agreement once a code was sent to a party, or a code of theirs was wrong. */
function withCodeEvent(
  assisted: AssistedAgreement,
  event: Extract<CaseEvent, { type: 'ConfirmationCodeSent' | 'ConfirmationCodeRejected' }>,
): AssistedAgreement {
  const { party } = event.data;
  if (event.type === 'ConfirmationCodeSent') {
    const { codeHash, sentAt, expiresAt, attempts } = event.data;
    return {
      ...assisted,
      codes: { ...assisted.codes, [party]: { codeHash, sentAt, expiresAt, attemptsLeft: attempts } },
      codesSent: { ...assisted.codesSent, [party]: (assisted.codesSent[party] ?? 0) + 1 },
    };
  }
  const code = assisted.codes[party];
  return code
    ? { ...assisted, codes: { ...assisted.codes, [party]: { ...code, attemptsLeft: event.data.attemptsLeft } } }
    : assisted;
}

/** A party confirmed: their consent is kept, their code is spent, and a driver who confirmed on their own phone is the party now. */
function withConfirmation(
  state: ReportedCaseState,
  { party, method, confirmedAt, driverId }: Extract<CaseEvent, { type: 'PartyConfirmed' }>['data'],
): CaseState {
  const details = state.parties[party];
  const linked =
    details && driverId !== undefined
      ? { ...state, parties: { ...state.parties, [party]: { ...details, driverId } } }
      : state;
  if (linked.status !== 'REPORTED' || !linked.assisted) return linked;
  const { [party]: _spent, ...codes } = linked.assisted.codes;
  return {
    ...linked,
    assisted: {
      ...linked.assisted,
      codes,
      confirmed: { ...linked.assisted.confirmed, [party]: { method, confirmedAt } },
    },
  };
}

export function fold(events: readonly CaseEvent[], from: CaseState = initialState): CaseState {
  return events.reduce(evolve, from);
}

/** What a sub-process decides: some of the commands on a reported case, each by its use case's decide.ts. */
export type CaseDecisions = Decisions<
  Exclude<CaseCommand, { type: 'ReportAccident' | 'FileCase' }>,
  ReportedCaseState,
  CaseEvent
>;
