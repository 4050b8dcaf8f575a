import { Refused } from '@quickclaim/kernel';
import { DeciderSpecification, EVERY_CONDITION_HOLDS } from '@quickclaim/testing';
import type { CaseCommand } from './case.commands';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import type { Eligibility, PartyDetails, PhotoEvidence, PhotoKind } from './case.types';
import { fold as foldAny, type ReportedCaseState } from './case.state';
import { addMinutes } from './time';

/** given(events).when(command).then(events) over the whole case decider, as every use case's spec uses it. */
export const spec = DeciderSpecification(caseDecider);
export const thenRefused = (given: CaseEvent[], command: CaseCommand, code: string) =>
  spec
    .given(given)
    .when(command)
    .thenThrows(Refused, (error) => expect(error.code).toBe(code));

/** The state a history folds to; the histories of these tests all begin with the report. */
export function fold(events: readonly CaseEvent[], from?: ReportedCaseState): ReportedCaseState {
  const state = foldAny(events, from);
  if (state.status === 'NONE') throw new Error('The history does not report the case');
  return state;
}

/** Shared givens for the accident-case tests: one case in yuzhong, reported at T0. */
export const CASE_ID = '11111111-1111-4111-8111-111111111111';
export const T0 = '2026-11-22T08:00:00.000Z';
export const at = (minutes: number): string => addMinutes(T0, minutes);

export const DRIVER_A = 'driver-a';
export const DRIVER_B = 'driver-b';
export const STRANGER = 'driver-x';
export const OFFICER = { officerId: 'officer-1', district: 'yuzhong' };
export const OTHER_OFFICER = { officerId: 'officer-2', district: 'yuzhong' };
export const OFFICER_ELSEWHERE = { officerId: 'officer-9', district: 'jiangbei' };

export const ELIGIBLE: Eligibility = EVERY_CONDITION_HOLDS;

export const partyA: PartyDetails = {
  driverName: '张三',
  phone: '13800000001',
  licenceNo: 'L-A',
  plate: '渝A12345',
  insurer: 'PICC',
  policyNumber: 'P-A',
  coverage: { thirdPartyLimitFen: 100_000_000, ownDamage: true },
};

export const partyB: PartyDetails = {
  ...partyA,
  driverName: '李四',
  phone: '13800000002',
  licenceNo: 'L-B',
  plate: '渝B67890',
  insurer: 'CPIC',
  policyNumber: 'P-B',
};

export const LOCATION = { lat: 29.56, lng: 106.55, address: '解放碑', district: 'yuzhong' };

export const reportCommand = (
  overrides: Partial<Extract<CaseCommand, { type: 'ReportAccident' }>> = {},
): CaseCommand => ({
  type: 'ReportAccident',
  caseId: CASE_ID,
  joinCode: '123456',
  occurredAt: at(-5),
  location: LOCATION,
  eligibility: ELIGIBLE,
  party: partyA,
  driverId: DRIVER_A,
  now: T0,
  ...overrides,
});

export const reported = {
  type: 'AccidentReported',
  data: {
    caseId: CASE_ID,
    occurredAt: at(-5),
    reportedAt: T0,
    location: LOCATION,
    eligibility: ELIGIBLE,
    joinCode: '123456',
    reporter: { ...partyA, driverId: DRIVER_A },
  },
} satisfies CaseEvent;

export const joined: CaseEvent = {
  type: 'PartyJoined',
  data: { party: 'B', driver: { ...partyB, driverId: DRIVER_B }, joinedAt: at(1) },
};

let photoNumber = 0;
export function photo(kind: PhotoKind, minutes = 2, party: 'A' | 'B' = 'A'): CaseEvent {
  photoNumber += 1;
  return {
    type: 'PhotoAttached',
    data: {
      ...evidence(kind, photoNumber),
      party,
      uploadedBy: party === 'A' ? DRIVER_A : DRIVER_B,
      attachedAt: at(minutes),
    },
  };
}

export function evidence(kind: PhotoKind, number: number): PhotoEvidence {
  return {
    photoId: `photo-${number}`,
    kind,
    sha256: number.toString(16).padStart(64, '0'),
    sizeBytes: 1000,
    width: 4000,
    height: 3000,
    format: 'jpeg',
    flags: [],
  };
}

export const requiredPhotos = (): CaseEvent[] => [photo('FRONT_SIDE'), photo('REAR_SIDE'), photo('POINT_OF_IMPACT')];

export const declaredByB: CaseEvent = {
  type: 'CircumstancesDeclared',
  data: { party: 'B', situations: ['S01'], declaredAt: at(3) },
};

export const policeRequested = (minutes = 4, review = false, requestedBy: 'A' | 'B' = 'A'): CaseEvent => ({
  type: 'PoliceDecisionRequested',
  data: {
    requestedBy,
    requestedAt: at(minutes),
    deadline: at(minutes + 5),
    district: 'yuzhong',
    suggestion: null,
    review,
  },
});

export const assigned = (officerId = OFFICER.officerId, minutes = 5): CaseEvent => ({
  type: 'OfficerAssigned',
  data: { officerId, assignedAt: at(minutes), expiresAt: at(minutes + 10) },
});

export const decided = (
  officerId = OFFICER.officerId,
  basis: 'POLICE' | 'REVIEW' = 'POLICE',
  minutes = 6,
): CaseEvent => ({
  type: 'LiabilityDecided',
  data: {
    officerId,
    allocation: { A: 'NONE', B: 'FULL' },
    situations: ['S01'],
    reasoning: 'B hit A from behind',
    basis,
    decidedAt: at(minutes),
    responseDeadline: at(minutes + 3 * 24 * 60),
  },
});

/** Everything up to a police decision awaiting the parties' answers. */
export const decidedCase = (): CaseEvent[] => [
  reported,
  joined,
  ...requiredPhotos(),
  declaredByB,
  policeRequested(),
  assigned(),
  decided(),
];

/** A party disputes the decision at minute `minutes`: back on the desk for a review. */
export const disputedBy = (party: 'A' | 'B', reason: string, minutes = 8): CaseEvent[] => [
  { type: 'LiabilityDisputed', data: { party, reason, disputedAt: at(minutes) } },
  policeRequested(minutes, true, party),
];

/** Both parties' situations and photos in, the police asked: the case is on the desk. */
export const awaitingPolice = (): CaseEvent[] => [
  reported,
  joined,
  ...requiredPhotos(),
  declaredByB,
  policeRequested(),
];
/** On the desk and taken by OFFICER at minute 5, for 10 minutes. */
export const underReview = (): CaseEvent[] => [...awaitingPolice(), assigned()];

/** A proposes at minute 2 that A is fully at fault, and signs it. */
export const proposed: CaseEvent = {
  type: 'AgreementProposed',
  data: { allocation: { A: 'FULL', B: 'NONE' }, proposedBy: 'A', proposedAt: at(2) },
};

/** Liability agreed by the parties at minute 3: A at fault. */
export const finalByAgreement: CaseEvent = {
  type: 'LiabilityFinalized',
  data: { allocation: { A: 'FULL', B: 'NONE' }, basis: 'AGREEMENT', decidedAt: at(3), finalizedAt: at(3) },
};

/** Answering a police decision (the responses sub-process). */
export const accept = (driverId: string, minutes = 7): CaseCommand => ({
  type: 'AcceptLiability',
  driverId,
  now: at(minutes),
});
export const dispute = (driverId: string, reason = 'not my fault'): CaseCommand => ({
  type: 'DisputeLiability',
  driverId,
  reason,
  now: at(7),
});
export const acceptedByA: CaseEvent = {
  type: 'LiabilityAccepted',
  data: { party: 'A', acceptedAt: at(7), bySilence: false },
};
export const finalized = (
  basis: 'POLICE' | 'REVIEW',
  officerId: string,
  decidedAt: string,
  finalizedAt: string,
): CaseEvent => ({
  type: 'LiabilityFinalized',
  data: {
    allocation: { A: 'NONE', B: 'FULL' },
    basis,
    decidedBy: officerId,
    decidedAt,
    reasoning: 'B hit A from behind',
    finalizedAt,
  },
});
/** The police decision disputed by B: back on the desk for a review by another officer. */
export const disputedEvents = (): CaseEvent[] => {
  const history = decidedCase();
  return [...history, ...caseDecider.decide(dispute(DRIVER_B), fold(history))];
};

/** Reported, joined, and liability agreed at minute 3. */
export const agreedCase = (): CaseEvent[] => [reported, joined, finalByAgreement];

/** Both parties' claims, opened by the claims process once liability is final. */
export const claimsOfBoth = [
  { claimId: 'claim-a', party: 'A' as const },
  { claimId: 'claim-b', party: 'B' as const },
];
export const claimsOpened: CaseEvent = { type: 'ClaimsOpened', data: { claims: claimsOfBoth, openedAt: at(4) } };
