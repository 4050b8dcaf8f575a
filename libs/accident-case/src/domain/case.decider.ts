import type { CaseCommand } from './case.commands';
import { refuse, type RefusalDetail } from './case.errors';
import type { CaseEvent } from './case.events';
import {
  ELIGIBILITY_CONDITIONS,
  MAX_PHOTOS_PER_CASE,
  PARTY_IDS,
  REQUIRED_PHOTO_KINDS,
  isPhotoKind,
  otherParty,
  type Allocation,
  type CaseStatus,
  type Eligibility,
  type Location,
  type PartyDetails,
  type PartyId,
  type PhotoEvidence,
  type PhotoKind,
} from './case.types';
import { isSelfNegotiable, isValidAllocation, suggestLiability, type LiabilitySuggestion } from './liability-rules';
import { MAX_SITUATIONS_PER_PARTY, isSituationCode, type SituationCode } from './situations';
import { addMinutes, isAtOrAfter } from './time';

export const POLICE_DECISION_MINUTES = 5;
export const ASSIGNMENT_LAPSE_MINUTES = 10;
export const RESPONSE_PERIOD_MINUTES = 3 * 24 * 60;

export interface PartyState extends PartyDetails {
  driverId: string;
  situations: SituationCode[];
  note?: string;
}

export interface AttachedPhoto extends PhotoEvidence {
  party: PartyId;
  uploadedBy: string;
  attachedAt: string;
}

export interface PoliceRequest {
  requestedAt: string;
  deadline: string;
  review: boolean;
  suggestion: LiabilitySuggestion | null;
}

export interface Assignment {
  officerId: string;
  assignedAt: string;
  expiresAt: string;
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

export interface FinalLiability {
  allocation: Allocation;
  basis: 'AGREEMENT' | 'POLICE' | 'REVIEW';
  decidedBy?: string;
  decidedAt: string;
  reasoning?: string;
  finalizedAt: string;
}

export interface CaseState {
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
  agreement: { allocation: Allocation; signedBy: PartyId[] } | null;
  policeRequest: PoliceRequest | null;
  assignment: Assignment | null;
  evidenceRequest: { officerId: string; kinds: PhotoKind[]; note: string; requestedAt: string } | null;
  decision: Decision | null;
  /** The officer whose first decision was disputed: the review must be someone else's. */
  disputedDecisionBy: string | null;
  responses: Partial<Record<PartyId, 'ACCEPTED' | 'DISPUTED'>>;
  liability: FinalLiability | null;
  /** Case-level signals of fraud; photo flags live on the photos. */
  flags: string[];
  claims: { claimId: string; party: PartyId }[];
}

export const initialState: CaseState = {
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
  disputedDecisionBy: null,
  responses: {},
  liability: null,
  flags: [],
  claims: [],
};

export function partyOfDriver(state: CaseState, driverId: string): PartyId | undefined {
  return PARTY_IDS.find((party) => state.parties[party]?.driverId === driverId);
}

/** Statuses in which liability is not yet final and the case is still online. */
const OPEN_BEFORE_LIABILITY: readonly CaseStatus[] = [
  'REPORTED',
  'AWAITING_POLICE',
  'UNDER_REVIEW',
  'EVIDENCE_REQUESTED',
  'DECIDED',
  'DISPUTED',
];

export function isAssignmentLive(assignment: Assignment | null, now: string): assignment is Assignment {
  return assignment !== null && !isAtOrAfter(now, assignment.expiresAt);
}

export function decide(command: CaseCommand, state: CaseState): CaseEvent[] {
  if (command.type === 'ReportAccident') return reportAccident(command, state);
  if (state.status === 'NONE') throw refuse.notFound();

  switch (command.type) {
    case 'JoinCase':
      return joinCase(command, state);
    case 'AttachPhoto': {
      const party = requireParty(state, command.driverId);
      requireStatus(state, 'attach a photo', ['REPORTED', 'AWAITING_POLICE', 'UNDER_REVIEW', 'EVIDENCE_REQUESTED']);
      return attachPhoto(command.photo, party, command.driverId, command.now, state);
    }
    case 'DeclareCircumstances': {
      const party = requireParty(state, command.driverId);
      requireStatus(state, 'declare circumstances', ['REPORTED', 'EVIDENCE_REQUESTED']);
      const situations = validateSituations(command.situations, 'situations');
      return [
        {
          type: 'CircumstancesDeclared',
          data: { party, situations, ...(command.note ? { note: command.note } : {}), declaredAt: command.now },
        },
      ];
    }
    case 'ProposeAgreement':
      return proposeAgreement(command.allocation, requireParty(state, command.driverId), command.now, state);
    case 'SignAgreement':
      return signAgreement(requireParty(state, command.driverId), command.now, state);
    case 'RequestPoliceDecision':
      return requestPoliceDecision(requireParty(state, command.driverId), command.now, state);
    case 'TakeCase':
      return takeCase(command.officerId, command.district, command.now, state);
    case 'DecideLiability': {
      requireHolder(state, command.officerId, command.district, command.now);
      if (!isValidAllocation(command.allocation)) throw invalidAllocation();
      const reasoning = requireText(command.reasoning, 'reasoning', 'REASONING_REQUIRED');
      const situations = validateSituations(command.situations, 'situations');
      const review = state.policeRequest?.review ?? false;
      return [
        {
          type: 'LiabilityDecided',
          data: {
            officerId: command.officerId,
            allocation: command.allocation,
            situations,
            reasoning,
            basis: review ? 'REVIEW' : 'POLICE',
            decidedAt: command.now,
            responseDeadline: addMinutes(command.now, RESPONSE_PERIOD_MINUTES),
          },
        },
      ];
    }
    case 'RequestEvidence': {
      requireHolder(state, command.officerId, command.district, command.now);
      const kinds = [...new Set(command.kinds)];
      if (kinds.length === 0 || !kinds.every(isPhotoKind)) {
        throw refuse.invalid('INVALID_PHOTO_KINDS', 'Name at least one known photo kind', [
          { field: 'kinds', message: 'must list known photo kinds' },
        ]);
      }
      const note = requireText(command.note, 'note', 'NOTE_REQUIRED');
      return [
        { type: 'EvidenceRequested', data: { officerId: command.officerId, kinds, note, requestedAt: command.now } },
      ];
    }
    case 'ReferOffline': {
      requireHolder(state, command.officerId, command.district, command.now);
      const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED');
      return [{ type: 'CaseReferredOffline', data: { officerId: command.officerId, reason, referredAt: command.now } }];
    }
    case 'AcceptLiability':
      return acceptLiability(requireParty(state, command.driverId), command.now, state);
    case 'DisputeLiability':
      return disputeLiability(requireParty(state, command.driverId), command.reason, command.now, state);
    case 'CloseResponsePeriod':
      return closeResponsePeriod(command.now, state);
    case 'WithdrawCase': {
      const party = requireParty(state, command.driverId);
      if (!OPEN_BEFORE_LIABILITY.includes(state.status as CaseStatus)) {
        throw refuse.rule('LIABILITY_ALREADY_FINAL', `A ${state.status} case can no longer be withdrawn`);
      }
      const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED');
      return [{ type: 'CaseWithdrawn', data: { party, reason, withdrawnAt: command.now } }];
    }
    case 'RecordClaimsOpened':
      if (state.status === 'SETTLING' || state.status === 'CLOSED') return [];
      requireStatus(state, 'open claims', ['LIABILITY_FINAL']);
      return [{ type: 'ClaimsOpened', data: { claims: command.claims, openedAt: command.now } }];
    case 'CloseCase': {
      if (state.status === 'CLOSED') return [];
      requireStatus(state, 'close the case', ['SETTLING']);
      const open = state.claims.filter((claim) => !command.claimsClosed.includes(claim.claimId));
      if (open.length > 0)
        throw refuse.rule('CLAIMS_STILL_OPEN', `Claims still open: ${open.map((claim) => claim.claimId).join(', ')}`);
      return [{ type: 'CaseClosed', data: { closedAt: command.now } }];
    }
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}

function reportAccident(command: Extract<CaseCommand, { type: 'ReportAccident' }>, state: CaseState): CaseEvent[] {
  if (state.status !== 'NONE') throw refuse.alreadyExists();
  const failing: RefusalDetail[] = ELIGIBILITY_CONDITIONS.filter((condition) => !command.eligibility[condition]).map(
    (condition) => ({ field: `eligibility.${condition}`, message: ELIGIBILITY_FAILURE[condition] }),
  );
  if (failing.length > 0) {
    throw refuse.rule(
      'CASE_NOT_ELIGIBLE',
      'This accident cannot be handled online. Stay safe and call 122 for the traffic police.',
      failing,
    );
  }
  if (isAtOrAfter(command.occurredAt, addMinutes(command.now, 5))) {
    throw refuse.invalid('OCCURRED_IN_FUTURE', 'The accident cannot have happened in the future', [
      { field: 'occurredAt', message: 'must not be in the future' },
    ]);
  }
  const reportedEvent: CaseEvent = {
    type: 'AccidentReported',
    data: {
      caseId: command.caseId,
      occurredAt: command.occurredAt,
      reportedAt: command.now,
      location: command.location,
      ...(command.weather !== undefined ? { weather: command.weather } : {}),
      ...(command.description !== undefined ? { description: command.description } : {}),
      eligibility: command.eligibility,
      joinCode: command.joinCode,
      reporter: { ...command.party, driverId: command.driverId },
    },
  };
  return [reportedEvent, ...flagged(command.flags ?? [], [], command.now)];
}

/** A CaseFlagged event for the flags not raised before, if any. */
function flagged(flags: readonly string[], already: readonly string[], now: string): CaseEvent[] {
  const fresh = [...new Set(flags)].filter((flag) => !already.includes(flag));
  return fresh.length > 0 ? [{ type: 'CaseFlagged', data: { flags: fresh, flaggedAt: now } }] : [];
}

const ELIGIBILITY_FAILURE: Record<keyof Eligibility, string> = {
  noInjuries: 'somebody was injured or killed',
  vehiclesMovable: 'a vehicle cannot move',
  licencesValid: 'a driver has no valid licence for the vehicle',
  compulsoryInsurance: 'a vehicle has no compulsory insurance',
  noIntoxication: 'a driver is suspected of alcohol or drugs',
  platesValid: 'a vehicle has no plates or false plates',
  nobodyLeft: 'a party left the scene',
  notDeliberate: 'the collision may have been deliberate',
};

function joinCase(command: Extract<CaseCommand, { type: 'JoinCase' }>, state: CaseState): CaseEvent[] {
  const existing = partyOfDriver(state, command.driverId);
  if (existing === 'A') throw refuse.rule('REPORTER_CANNOT_JOIN', 'The reporter is party A and cannot join as party B');
  if (existing === 'B') return [];
  if (command.joinCode !== state.joinCode) {
    throw refuse.rule('INVALID_JOIN_CODE', 'The join code does not match this case', [
      { field: 'joinCode', message: 'does not match' },
    ]);
  }
  if (state.parties.B) throw refuse.conflict('PARTY_B_ALREADY_JOINED', 'Another driver has already joined as party B');
  requireStatus(state, 'join', ['REPORTED']);
  if (samePlate(command.party.plate, state.parties.A?.plate ?? '')) {
    throw refuse.rule('SAME_VEHICLE', 'Party B must be another vehicle than party A', [
      { field: 'party.plate', message: "is party A's plate" },
    ]);
  }
  return [
    {
      type: 'PartyJoined',
      data: { party: 'B', driver: { ...command.party, driverId: command.driverId }, joinedAt: command.now },
    },
    ...flagged(command.flags ?? [], state.flags, command.now),
  ];
}

/** 渝A·12345, 渝a 12345 and 渝A12345 are one plate. */
export function samePlate(left: string, right: string): boolean {
  return normalisePlate(left) === normalisePlate(right);
}

function normalisePlate(plate: string): string {
  return plate.replace(/[\s·.-]/g, '').toUpperCase();
}

function attachPhoto(
  photo: PhotoEvidence,
  party: PartyId,
  uploadedBy: string,
  now: string,
  state: CaseState,
): CaseEvent[] {
  if (state.photos.some((attached) => attached.photoId === photo.photoId)) return [];
  if (state.photos.some((attached) => attached.sha256 === photo.sha256)) {
    throw refuse.conflict('PHOTO_ALREADY_ATTACHED', 'This photo is already attached to the case');
  }
  if (state.photos.length >= MAX_PHOTOS_PER_CASE) {
    throw refuse.rule('TOO_MANY_PHOTOS', `A case holds at most ${MAX_PHOTOS_PER_CASE} photos`);
  }
  return [{ type: 'PhotoAttached', data: { ...photo, party, uploadedBy, attachedAt: now } }];
}

function proposeAgreement(allocation: Allocation, party: PartyId, now: string, state: CaseState): CaseEvent[] {
  requireStatus(state, 'propose an agreement', ['REPORTED']);
  requirePartyB(state);
  if (!isValidAllocation(allocation)) throw invalidAllocation();
  if (!isSelfNegotiable(allocation)) {
    throw refuse.rule(
      'AGREEMENT_NEEDS_POLICE',
      'Only a FULL/NONE allocation can be agreed online; ask for a police decision instead',
      [{ field: 'allocation', message: 'must be FULL/NONE' }],
    );
  }
  return [{ type: 'AgreementProposed', data: { allocation, proposedBy: party, proposedAt: now } }];
}

function signAgreement(party: PartyId, now: string, state: CaseState): CaseEvent[] {
  requireStatus(state, 'sign an agreement', ['REPORTED']);
  const agreement = state.agreement;
  if (!agreement) throw refuse.rule('NO_AGREEMENT_PROPOSED', 'There is no proposed agreement to sign');
  if (agreement.signedBy.includes(party))
    throw refuse.conflict('ALREADY_SIGNED', 'You have already signed this agreement');
  return [
    { type: 'AgreementSigned', data: { party, signedAt: now } },
    {
      type: 'LiabilityFinalized',
      data: { allocation: agreement.allocation, basis: 'AGREEMENT', decidedAt: now, finalizedAt: now },
    },
  ];
}

function requestPoliceDecision(party: PartyId, now: string, state: CaseState): CaseEvent[] {
  if (state.status === 'AWAITING_POLICE' || state.status === 'UNDER_REVIEW') return [];
  requireStatus(state, 'ask for a police decision', ['REPORTED', 'EVIDENCE_REQUESTED']);
  requirePartyB(state);
  const attachedKinds = new Set(state.photos.map((photo) => photo.kind));
  const missing = REQUIRED_PHOTO_KINDS.filter((kind) => !attachedKinds.has(kind));
  if (missing.length > 0) {
    throw refuse.rule(
      'REQUIRED_PHOTOS_MISSING',
      `Photos of these kinds are needed first: ${missing.join(', ')}`,
      missing.map((kind) => ({ field: 'photos', message: `${kind} is missing` })),
    );
  }
  const evidenceRequest = state.evidenceRequest;
  if (state.status === 'EVIDENCE_REQUESTED' && evidenceRequest) {
    const sinceRequest = new Set(
      state.photos
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
  return [
    {
      type: 'PoliceDecisionRequested',
      data: {
        requestedBy: party,
        requestedAt: now,
        deadline: addMinutes(now, POLICE_DECISION_MINUTES),
        district: state.district,
        suggestion: suggestionFor(state),
        review: state.policeRequest?.review ?? false,
      },
    },
  ];
}

export function suggestionFor(state: CaseState): LiabilitySuggestion | null {
  return suggestLiability({ A: state.parties.A?.situations ?? [], B: state.parties.B?.situations ?? [] });
}

function takeCase(officerId: string, district: string, now: string, state: CaseState): CaseEvent[] {
  requireDistrict(state, district);
  requireStatus(state, 'take the case', ['AWAITING_POLICE', 'DISPUTED', 'UNDER_REVIEW']);
  const holder = state.assignment;
  if (state.status === 'UNDER_REVIEW' && isAssignmentLive(holder, now) && holder.officerId !== officerId) {
    throw refuse.conflict('ALREADY_ASSIGNED', 'Another officer holds this case');
  }
  if (state.policeRequest?.review && state.disputedDecisionBy === officerId) {
    throw refuse.rule(
      'REVIEW_NEEDS_ANOTHER_OFFICER',
      'A review must be decided by another officer than the first decision',
    );
  }
  return [
    {
      type: 'OfficerAssigned',
      data: { officerId, assignedAt: now, expiresAt: addMinutes(now, ASSIGNMENT_LAPSE_MINUTES) },
    },
  ];
}

function acceptLiability(party: PartyId, now: string, state: CaseState): CaseEvent[] {
  requireStatus(state, 'accept the decision', ['DECIDED']);
  if (state.responses[party]) throw refuse.conflict('ALREADY_RESPONDED', 'You have already answered this decision');
  const accepted: CaseEvent = { type: 'LiabilityAccepted', data: { party, acceptedAt: now, bySilence: false } };
  if (state.responses[otherParty(party)] !== 'ACCEPTED') return [accepted];
  return [accepted, finalizeDecision(state, now)];
}

function disputeLiability(party: PartyId, reason: string, now: string, state: CaseState): CaseEvent[] {
  requireStatus(state, 'dispute the decision', ['DECIDED']);
  if (state.responses[party]) throw refuse.conflict('ALREADY_RESPONDED', 'You have already answered this decision');
  const why = requireText(reason, 'reason', 'REASON_REQUIRED');
  const disputed: CaseEvent = { type: 'LiabilityDisputed', data: { party, reason: why, disputedAt: now } };
  if (state.decision?.basis === 'REVIEW') {
    return [
      disputed,
      {
        type: 'CaseReferredOffline',
        data: { reason: `The review was disputed; the case continues offline: ${why}`, referredAt: now },
      },
    ];
  }
  return [
    disputed,
    {
      type: 'PoliceDecisionRequested',
      data: {
        requestedBy: party,
        requestedAt: now,
        deadline: addMinutes(now, POLICE_DECISION_MINUTES),
        district: state.district,
        suggestion: suggestionFor(state),
        review: true,
      },
    },
  ];
}

function closeResponsePeriod(now: string, state: CaseState): CaseEvent[] {
  requireStatus(state, 'close the response period', ['DECIDED']);
  const decision = state.decision;
  if (!decision || !isAtOrAfter(now, decision.responseDeadline)) {
    throw refuse.rule('RESPONSE_PERIOD_OPEN', 'The parties still have time to answer the decision');
  }
  const silent = PARTY_IDS.filter((party) => !state.responses[party]);
  return [
    ...silent.map((party): CaseEvent => ({
      type: 'LiabilityAccepted',
      data: { party, acceptedAt: now, bySilence: true },
    })),
    finalizeDecision(state, now),
  ];
}

function finalizeDecision(state: CaseState, now: string): CaseEvent {
  const decision = state.decision;
  if (!decision) throw refuse.wrongStatus('finalize liability', state.status);
  return {
    type: 'LiabilityFinalized',
    data: {
      allocation: decision.allocation,
      basis: decision.basis,
      decidedBy: decision.officerId,
      decidedAt: decision.decidedAt,
      reasoning: decision.reasoning,
      finalizedAt: now,
    },
  };
}

function requireParty(state: CaseState, driverId: string): PartyId {
  const party = partyOfDriver(state, driverId);
  if (!party) throw refuse.notFound();
  return party;
}

function requirePartyB(state: CaseState): void {
  if (!state.parties.B) throw refuse.rule('PARTY_B_MISSING', 'The other driver has not joined the case yet');
}

function requireDistrict(state: CaseState, district: string): void {
  if (state.district !== district) throw refuse.notFound();
}

function requireHolder(state: CaseState, officerId: string, district: string, now: string): void {
  requireDistrict(state, district);
  requireStatus(state, 'act on the case', ['UNDER_REVIEW']);
  const holder = state.assignment;
  if (!holder || holder.officerId !== officerId) {
    throw refuse.conflict('NOT_ASSIGNED', 'Take the case before acting on it');
  }
  if (!isAssignmentLive(holder, now)) {
    throw refuse.conflict('ASSIGNMENT_LAPSED', 'Your hold on this case lapsed after 10 minutes; take it again');
  }
}

function requireStatus(state: CaseState, action: string, allowed: readonly CaseStatus[]): void {
  if (!allowed.includes(state.status as CaseStatus)) throw refuse.wrongStatus(action, state.status);
}

function requireText(value: string, field: string, code: string): string {
  const text = (value ?? '').trim();
  if (!text) throw refuse.invalid(code, `${field} is required`, [{ field, message: 'must not be empty' }]);
  return text;
}

function invalidAllocation() {
  return refuse.invalid('INVALID_ALLOCATION', 'Allocations must be FULL/NONE, MAJOR/MINOR or EQUAL/EQUAL', [
    { field: 'allocation', message: 'is not a valid pair' },
  ]);
}

function validateSituations(codes: readonly string[], field: string): SituationCode[] {
  const unique = [...new Set(codes)];
  const unknown = unique.filter((code) => !isSituationCode(code));
  if (unknown.length > 0) {
    throw refuse.invalid(
      'UNKNOWN_SITUATION',
      `Unknown situation codes: ${unknown.join(', ')}`,
      unknown.map((code) => ({ field, message: `${code} is not one of S01–S21` })),
    );
  }
  if (unique.length > MAX_SITUATIONS_PER_PARTY) {
    throw refuse.invalid('TOO_MANY_SITUATIONS', `At most ${MAX_SITUATIONS_PER_PARTY} situations`, [
      { field, message: `must list at most ${MAX_SITUATIONS_PER_PARTY}` },
    ]);
  }
  return unique.filter(isSituationCode);
}

export function evolve(state: CaseState, event: CaseEvent): CaseState {
  switch (event.type) {
    case 'AccidentReported': {
      const { reporter, ...data } = event.data;
      return {
        ...initialState,
        status: 'REPORTED',
        caseId: data.caseId,
        district: data.location.district,
        joinCode: data.joinCode,
        occurredAt: data.occurredAt,
        reportedAt: data.reportedAt,
        location: data.location,
        eligibility: data.eligibility,
        ...(data.weather !== undefined ? { weather: data.weather } : {}),
        ...(data.description !== undefined ? { description: data.description } : {}),
        parties: { A: { ...reporter, situations: [] } },
      };
    }
    case 'PartyJoined':
      return { ...state, parties: { ...state.parties, B: { ...event.data.driver, situations: [] } } };
    case 'PhotoAttached':
      return { ...state, photos: [...state.photos, event.data] };
    case 'CircumstancesDeclared': {
      const { party, situations, note } = event.data;
      const current = state.parties[party];
      if (!current) return state;
      const { note: _previousNote, ...rest } = current;
      return {
        ...state,
        parties: { ...state.parties, [party]: { ...rest, situations, ...(note !== undefined ? { note } : {}) } },
      };
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
          // The drivers read what the officer asked for, not only which kinds.
          note: event.data.note,
          requestedAt: event.data.requestedAt,
        },
      };
    case 'CaseReferredOffline':
      return { ...state, status: 'REFERRED_OFFLINE', assignment: null };
    case 'LiabilityAccepted':
      return { ...state, responses: { ...state.responses, [event.data.party]: 'ACCEPTED' } };
    case 'LiabilityDisputed':
      return {
        ...state,
        responses: { ...state.responses, [event.data.party]: 'DISPUTED' },
        disputedDecisionBy: state.decision?.officerId ?? state.disputedDecisionBy,
      };
    case 'LiabilityFinalized':
      return { ...state, status: 'LIABILITY_FINAL', liability: { ...event.data } };
    case 'CaseWithdrawn':
      return { ...state, status: 'WITHDRAWN', assignment: null };
    case 'CaseFlagged':
      return { ...state, flags: [...new Set([...state.flags, ...event.data.flags])] };
    case 'ClaimsOpened':
      return { ...state, status: 'SETTLING', claims: event.data.claims };
    case 'CaseClosed':
      return { ...state, status: 'CLOSED' };
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}

export function fold(events: readonly CaseEvent[], from: CaseState = initialState): CaseState {
  return events.reduce(evolve, from);
}

export const caseDecider = { decide, evolve, initialState };
