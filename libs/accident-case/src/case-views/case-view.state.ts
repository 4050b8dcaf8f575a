import type { ConfirmationMethod, Filer } from '../domain/assistance.types';
import type { CaseEvent } from '../domain/case.events';
import {
  reportedFile,
  withCircumstances,
  type Agreement,
  type AttachedPhoto,
  type Assignment,
  type Decision,
  type EvidenceRequest,
  type FinalLiability,
  type OpenedClaim,
  type PartyState,
  type Responses,
} from '../domain/case.state';
import type { Allocation, CaseStatus, Eligibility, Location, PartyId, RecordedFlagDetail } from '../domain/case.types';
import type { LiabilitySuggestion } from '../domain/liability-rules';

/**
 * The case as its screens show it: everything that ever happened to it, kept across statuses
 * (a final case still shows the police decision it came from and who accepted it). It is the
 * read model's own shape, folded from the events by its own evolve: the decider's state may
 * change without migrating a view.
 */
export interface CaseViewState {
  status: CaseStatus | 'NONE';
  caseId: string;
  district: string;
  joinCode: string;
  occurredAt: string;
  reportedAt: string;
  location: Location | null;
  eligibility: Eligibility | null;
  weather?: string;
  description?: string;
  parties: Partial<Record<PartyId, PartyState>>;
  photos: AttachedPhoto[];
  agreement: Agreement | null;
  policeRequest: {
    requestedAt: string;
    deadline: string;
    review: boolean;
    suggestion: LiabilitySuggestion | null;
  } | null;
  assignment: Assignment | null;
  evidenceRequest: EvidenceRequest | null;
  decision: Decision | null;
  responses: Responses;
  liability: FinalLiability | null;
  /** Case-level signals of fraud; photo flags live on the photos. */
  flags: string[];
  claims: OpenedClaim[];
  /** What the case-level flags found (which other case, how far); photos keep their own. */
  flagDetails: RecordedFlagDetail[];
  /** The parties' disputes of the decision in `decision`. */
  disputes: Dispute[];
  /** On a review: the first decision, and why the parties disputed it. */
  disputedDecision: (Decision & { disputes: Dispute[] }) | null;
  /** Why and by whom the case left the online path, when it did by referral. */
  referral: Referral | null;
  /** The assistant who filed the case for its parties, if one did. */
  filedBy: Filer | null;
  /** On a case an assistant filed: the agreement recorded, the codes out, each party's confirmation. */
  assistance: AssistanceView | null;
}

export interface Dispute {
  party: PartyId;
  reason: string;
  disputedAt: string;
}

export interface Referral {
  reason: string;
  /** Absent when the disputed review sent the case offline by itself. */
  officerId?: string;
  referredAt: string;
}

/** What the screens show of an assisted case's confirmation (never a code or its hash). */
export interface AssistanceView {
  agreement: { allocation: Allocation; recordedAt: string } | null;
  codes: Partial<Record<PartyId, { sentAt: string; expiresAt: string; attemptsLeft: number }>>;
  confirmed: Partial<Record<PartyId, { method: ConfirmationMethod; confirmedAt: string; signedName?: string }>>;
}

const NO_CONFIRMATION: AssistanceView = { agreement: null, codes: {}, confirmed: {} };

export const EMPTY_CASE_VIEW: CaseViewState = {
  status: 'NONE',
  caseId: '',
  district: '',
  joinCode: '',
  occurredAt: '',
  reportedAt: '',
  location: null,
  eligibility: null,
  parties: {},
  photos: [],
  agreement: null,
  policeRequest: null,
  assignment: null,
  evidenceRequest: null,
  decision: null,
  responses: {},
  liability: null,
  flags: [],
  claims: [],
  flagDetails: [],
  disputes: [],
  disputedDecision: null,
  referral: null,
  filedBy: null,
  assistance: null,
};

/** Pure: the view of a case after one more of its events. */
export function evolveCaseViewState(state: CaseViewState, event: CaseEvent): CaseViewState {
  switch (event.type) {
    case 'AccidentReported':
      return {
        ...EMPTY_CASE_VIEW,
        status: 'REPORTED',
        ...reportedFile(event.data),
        filedBy: event.data.filedBy ?? null,
        assistance: event.data.filedBy ? NO_CONFIRMATION : null,
      };
    case 'PartyJoined':
      return { ...state, parties: { ...state.parties, B: { ...event.data.driver, situations: [] } } };
    case 'PhotoAttached':
      return { ...state, photos: [...state.photos, event.data] };
    case 'CircumstancesDeclared': {
      const parties = withCircumstances(state.parties, event.data);
      return parties ? { ...state, parties } : state;
    }
    case 'AgreementProposed':
      return { ...state, agreement: { allocation: event.data.allocation, signedBy: [event.data.proposedBy] } };
    case 'AgreementSigned':
      return state.agreement
        ? { ...state, agreement: { ...state.agreement, signedBy: [...state.agreement.signedBy, event.data.party] } }
        : state;
    case 'PoliceDecisionRequested':
      return {
        ...state,
        status: event.data.review ? 'DISPUTED' : 'AWAITING_POLICE',
        agreement: null,
        assignment: null,
        disputedDecision: !event.data.review
          ? null
          : state.status === 'DECIDED' && state.decision
            ? { ...state.decision, disputes: state.disputes }
            : state.disputedDecision,
        policeRequest: {
          requestedAt: event.data.requestedAt,
          deadline: event.data.deadline,
          review: event.data.review,
          suggestion: event.data.suggestion,
        },
      };
    case 'OfficerAssigned':
      return { ...state, status: 'UNDER_REVIEW', assignment: { ...event.data } };
    case 'LiabilityDecided':
      return {
        ...state,
        status: 'DECIDED',
        assignment: null,
        responses: {},
        disputes: [],
        decision: { ...event.data },
      };
    case 'EvidenceRequested':
      return {
        ...state,
        status: 'EVIDENCE_REQUESTED',
        assignment: null,
        evidenceRequest: {
          officerId: event.data.officerId,
          kinds: event.data.kinds,
          note: event.data.note,
          requestedAt: event.data.requestedAt,
        },
      };
    case 'CaseReferredOffline': {
      const { reason, officerId, referredAt } = event.data;
      return {
        ...state,
        status: 'REFERRED_OFFLINE',
        assignment: null,
        referral: { reason, ...(officerId !== undefined ? { officerId } : {}), referredAt },
      };
    }
    case 'LiabilityAccepted':
      return { ...state, responses: { ...state.responses, [event.data.party]: 'ACCEPTED' } };
    case 'LiabilityDisputed': {
      const { party, reason, disputedAt } = event.data;
      return {
        ...state,
        responses: { ...state.responses, [party]: 'DISPUTED' },
        disputes: [...state.disputes, { party, reason, disputedAt }],
      };
    }
    case 'LiabilityFinalized':
      return { ...state, status: 'LIABILITY_FINAL', liability: { ...event.data } };
    case 'CaseWithdrawn':
      return { ...state, status: 'WITHDRAWN', assignment: null };
    case 'CaseFlagged':
      return {
        ...state,
        flags: [...new Set([...state.flags, ...event.data.flags])],
        flagDetails: [...state.flagDetails, ...(event.data.details ?? [])],
      };
    case 'ClaimsOpened':
      return { ...state, status: 'SETTLING', claims: event.data.claims };
    case 'CaseClosed':
      return { ...state, status: 'CLOSED' };
    case 'AgreementRecorded':
    case 'ConfirmationCodeSent':
    case 'ConfirmationCodeRejected':
    case 'PartyConfirmed':
      return evolveAssistance(state, event);
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}

/** Pure: the view of an assisted case after one of the assistance's own events. */
function evolveAssistance(
  state: CaseViewState,
  event: Extract<
    CaseEvent,
    { type: 'AgreementRecorded' | 'ConfirmationCodeSent' | 'ConfirmationCodeRejected' | 'PartyConfirmed' }
  >,
): CaseViewState {
  const assistance = state.assistance ?? NO_CONFIRMATION;
  switch (event.type) {
    case 'AgreementRecorded':
      return {
        ...state,
        assistance: {
          ...NO_CONFIRMATION,
          agreement: { allocation: event.data.allocation, recordedAt: event.data.recordedAt },
        },
      };
    case 'ConfirmationCodeSent': {
      const { party, sentAt, expiresAt, attempts } = event.data;
      return {
        ...state,
        assistance: {
          ...assistance,
          codes: { ...assistance.codes, [party]: { sentAt, expiresAt, attemptsLeft: attempts } },
        },
      };
    }
    case 'ConfirmationCodeRejected': {
      const code = assistance.codes[event.data.party];
      if (!code) return state;
      const codes = { ...assistance.codes, [event.data.party]: { ...code, attemptsLeft: event.data.attemptsLeft } };
      return { ...state, assistance: { ...assistance, codes } };
    }
    case 'PartyConfirmed': {
      const { party, method, confirmedAt, signedName, driverId } = event.data;
      const { [party]: _spent, ...codes } = assistance.codes;
      const details = state.parties[party];
      return {
        ...state,
        ...(details && driverId !== undefined
          ? { parties: { ...state.parties, [party]: { ...details, driverId } } }
          : {}),
        assistance: {
          ...assistance,
          codes,
          confirmed: {
            ...assistance.confirmed,
            [party]: { method, confirmedAt, ...(signedName !== undefined ? { signedName } : {}) },
          },
        },
      };
    }
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}
