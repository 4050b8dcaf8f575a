import {
  ELIGIBILITY_CONDITIONS,
  REQUIRED_PHOTO_KINDS,
  type Allocation,
  type CaseView,
  type EligibilityCondition,
  type PartyId,
  type PhotoKind,
} from '../api/types';

/** The conditions a driver answered "no" (or not at all): any one keeps the case offline (call 122). */
export function failingConditions(answers: Partial<Record<EligibilityCondition, boolean>>): EligibilityCondition[] {
  return ELIGIBILITY_CONDITIONS.filter((condition) => answers[condition] !== true);
}

export function missingRequiredKinds(photos: readonly { kind: PhotoKind }[]): PhotoKind[] {
  const taken = new Set(photos.map((photo) => photo.kind));
  return REQUIRED_PHOTO_KINDS.filter((kind) => !taken.has(kind));
}

/** The two-party allocations there are: FULL↔NONE, MAJOR↔MINOR, EQUAL↔EQUAL. */
export const ALLOCATIONS: readonly Allocation[] = [
  { A: 'FULL', B: 'NONE' },
  { A: 'MAJOR', B: 'MINOR' },
  { A: 'EQUAL', B: 'EQUAL' },
  { A: 'MINOR', B: 'MAJOR' },
  { A: 'NONE', B: 'FULL' },
];

export function sameAllocation(left: Allocation | null | undefined, right: Allocation | null | undefined): boolean {
  return Boolean(left && right && left.A === right.A && left.B === right.B);
}

/** Share of the loss a level bears by default (domain.md). */
export const otherParty = (party: PartyId): PartyId => (party === 'A' ? 'B' : 'A');

/** What the driver can do now on a case, so the screen offers exactly that. */
export interface DriverStep {
  /** The other driver has not joined yet: show the code, the link and its QR code. */
  inviteOther: boolean;
  uploadPhotos: boolean;
  declareSituations: boolean;
  /** Propose a FULL/NONE agreement or ask the police. */
  chooseLiabilityPath: boolean;
  /** The other party proposed an agreement this driver has not signed. */
  signAgreement: boolean;
  /** This driver proposed and waits for the other's signature. */
  awaitingSignature: boolean;
  waitingForPolice: boolean;
  answerEvidenceRequest: boolean;
  respondToDecision: boolean;
  withdraw: boolean;
  missingKinds: PhotoKind[];
}

export function driverStep(view: CaseView): DriverStep {
  const me = view.yourParty;
  const bothJoined = view.parties.length === 2;
  const status = view.status;
  const mine = view.parties.find((party) => party.party === me);
  const signedByMe = Boolean(me && view.agreement?.signedBy.includes(me));
  const open = ['REPORTED', 'AWAITING_POLICE', 'UNDER_REVIEW', 'EVIDENCE_REQUESTED', 'DECIDED', 'DISPUTED'];
  return {
    inviteOther: me === 'A' && status === 'REPORTED' && !bothJoined,
    uploadPhotos: me !== null && ['REPORTED', 'AWAITING_POLICE', 'UNDER_REVIEW', 'EVIDENCE_REQUESTED'].includes(status),
    declareSituations: me !== null && ['REPORTED', 'EVIDENCE_REQUESTED'].includes(status),
    chooseLiabilityPath: me !== null && status === 'REPORTED' && bothJoined && !view.agreement,
    signAgreement: me !== null && status === 'REPORTED' && Boolean(view.agreement) && !signedByMe,
    awaitingSignature: me !== null && status === 'REPORTED' && Boolean(view.agreement) && signedByMe,
    waitingForPolice: ['AWAITING_POLICE', 'UNDER_REVIEW', 'DISPUTED'].includes(status),
    answerEvidenceRequest: me !== null && status === 'EVIDENCE_REQUESTED',
    respondToDecision: me !== null && status === 'DECIDED' && mine?.accepted === undefined,
    withdraw: me !== null && open.includes(status),
    missingKinds: missingRequiredKinds(view.photos),
  };
}
