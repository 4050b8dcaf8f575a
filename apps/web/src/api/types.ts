/** The shapes of api.md as the consoles read them. */

export type PartyId = 'A' | 'B';
export type LiabilityLevel = 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
export type Allocation = Record<PartyId, LiabilityLevel>;

export const PHOTO_KINDS = [
  'FRONT_SIDE',
  'REAR_SIDE',
  'POINT_OF_IMPACT',
  'DAMAGE_DETAIL',
  'PLATE',
  'DOCUMENT',
  'SCENE',
  'OTHER',
] as const;
export type PhotoKind = (typeof PHOTO_KINDS)[number];
export const REQUIRED_PHOTO_KINDS: readonly PhotoKind[] = ['FRONT_SIDE', 'REAR_SIDE', 'POINT_OF_IMPACT'];

export const SITUATION_CODES = Array.from({ length: 21 }, (_, index) => `S${String(index + 1).padStart(2, '0')}`);
export const MAX_SITUATIONS = 3;

export const ELIGIBILITY_CONDITIONS = [
  'noInjuries',
  'vehiclesMovable',
  'licencesValid',
  'compulsoryInsurance',
  'noIntoxication',
  'platesValid',
  'nobodyLeft',
  'notDeliberate',
] as const;
export type EligibilityCondition = (typeof ELIGIBILITY_CONDITIONS)[number];
export type Eligibility = Record<EligibilityCondition, boolean>;

export type CaseStatus =
  | 'REPORTED'
  | 'AWAITING_POLICE'
  | 'UNDER_REVIEW'
  | 'EVIDENCE_REQUESTED'
  | 'DECIDED'
  | 'LIABILITY_FINAL'
  | 'SETTLING'
  | 'CLOSED'
  | 'DISPUTED'
  | 'REFERRED_OFFLINE'
  | 'WITHDRAWN';

export interface Location {
  lat: number;
  lng: number;
  address: string;
  district: string;
}

export interface PartyInput {
  driverName: string;
  phone: string;
  licenceNo: string;
  plate: string;
  vehicleType?: string;
  insurer: string;
  policyNumber: string;
  coverage: { thirdPartyLimitFen: number; ownDamage: boolean };
}

export interface PartyView {
  party: PartyId;
  plate: string;
  insurer: string;
  driverName: string;
  phone: string;
  vehicleType?: string;
  situations: string[];
  note?: string;
  accepted?: boolean;
  licenceNo?: string;
  policyNumber?: string;
  coverage?: { thirdPartyLimitFen: number; ownDamage: boolean };
}

export interface PhotoView {
  photoId: string;
  kind: PhotoKind;
  party: PartyId;
  takenAt?: string;
  flags: string[];
  urls: { thumbnail: string; preview: string };
}

export interface Suggestion {
  allocation: Allocation;
  rule: 'ONLY_A_MATCHES' | 'ONLY_B_MATCHES' | 'BOTH_MATCH';
}

export interface CaseView {
  caseId: string;
  status: CaseStatus;
  occurredAt: string;
  reportedAt: string;
  location: Location | null;
  weather?: string;
  description?: string;
  joinCode?: string;
  yourParty: PartyId | null;
  parties: PartyView[];
  photos: PhotoView[];
  agreement: { allocation: Allocation; signedBy: PartyId[] } | null;
  policeRequest: { requestedAt: string; deadline: string; review: boolean } | null;
  evidenceRequest: { officerId: string; kinds: PhotoKind[]; requestedAt: string; note?: string } | null;
  decision: {
    allocation: Allocation;
    basis: 'POLICE' | 'REVIEW';
    decidedBy: string;
    decidedAt: string;
    reasoning: string;
    situations: string[];
    responseDeadline: string;
  } | null;
  suggestion: Suggestion | null;
  liability: {
    allocation: Allocation;
    basis: 'AGREEMENT' | 'POLICE' | 'REVIEW';
    decidedBy?: string;
    decidedAt: string;
    reasoning?: string;
  } | null;
  claims: { claimId: string; party: PartyId; status: ClaimStatus }[];
  flags: string[];
  timeline: { at: string; type: string; actor: { sub: string; role: string } | null }[];
  revision: number;
}

export interface CaseSummary {
  caseId: string;
  status: CaseStatus;
  occurredAt: string;
  reportedAt: string;
  address: string;
  yourParty: PartyId | null;
  plates: string[];
  liability: Allocation | null;
}

export interface QueueItem {
  caseId: string;
  requestedAt: string;
  deadline: string;
  overdue: boolean;
  review: boolean;
  district: string;
  status: CaseStatus;
  parties: { party: PartyId; plate: string; situations: string[] }[];
  suggestion: Suggestion | null;
  flags: string[];
  photos: { photoId: string; kind: PhotoKind; thumbnail: string }[];
  assignedTo?: string;
}

export type ClaimStatus =
  'OPEN' | 'ASSESSED' | 'ASSESSMENT_REJECTED' | 'ACCEPTED' | 'APPROVED' | 'PAYING' | 'PAID' | 'CLOSED';

export type Coverage = 'COMPULSORY' | 'THIRD_PARTY' | 'OWN_DAMAGE' | 'MUTUAL_SELF_PAY' | 'CLAIMANT';

export interface PayoutView {
  payoutId: string;
  claimId: string;
  payer: string;
  coverage: string;
  coverages: Coverage[];
  amountFen: number;
  status: 'REQUESTED' | 'PAID' | 'FAILED' | 'NEEDS_ADJUSTER';
  attempts: number;
  reference?: string;
}

export interface ClaimView {
  claimId: string;
  caseId: string;
  party: PartyId;
  plate: string;
  handlingInsurer: string;
  status: ClaimStatus;
  assessment?: {
    lineItems: { description: string; amountFen: number }[];
    totalFen: number;
    assessedBy: string;
    assessedAt: string;
  };
  settlement?: {
    rule: 'STANDARD' | 'MUTUAL_SELF_PAY';
    straightThrough: boolean;
    lines: { payer: string; coverage: Coverage; amountFen: number }[];
  };
  payouts: PayoutView[];
  flags: string[];
}

export interface AuditEvent {
  revision: number;
  position: number;
  eventId: string;
  type: string;
  data: Record<string, unknown>;
  actor: { sub: string; role: string; district?: string; insurer?: string } | null;
  recordedAt: string;
  prevHash: string;
  hash: string;
}

export interface AuditEvents {
  streamId: string;
  events: AuditEvent[];
  chainValid: boolean;
  problems: { revision: number; problem: string }[];
}

export interface AuditVerification {
  streamId: string;
  chainValid: boolean;
  photosIntact: boolean;
  problems: string[];
}

export interface AuditState {
  asOf: { revision: number; recordedAt: string };
  case: CaseView;
}

/** RFC 9457 problem details, as every refusal of the API. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail: string;
  code: string;
  errors?: { field: string; message: string }[];
}
