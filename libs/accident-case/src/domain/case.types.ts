import type { SituationCode } from './situations';

export const PARTY_IDS = ['A', 'B'] as const;
export type PartyId = (typeof PARTY_IDS)[number];

export function otherParty(party: PartyId): PartyId {
  return party === 'A' ? 'B' : 'A';
}

export const LIABILITY_LEVELS = ['FULL', 'MAJOR', 'EQUAL', 'MINOR', 'NONE'] as const;
export type LiabilityLevel = (typeof LIABILITY_LEVELS)[number];

export type Allocation = Record<PartyId, LiabilityLevel>;

export const REQUIRED_PHOTO_KINDS = ['FRONT_SIDE', 'REAR_SIDE', 'POINT_OF_IMPACT'] as const;
export const PHOTO_KINDS = [...REQUIRED_PHOTO_KINDS, 'DAMAGE_DETAIL', 'PLATE', 'DOCUMENT', 'SCENE', 'OTHER'] as const;
export type PhotoKind = (typeof PHOTO_KINDS)[number];
export const MAX_PHOTOS_PER_CASE = 30;

/** What is kept of each photo: the original as uploaded, and two derivatives without metadata. */
export const PHOTO_VARIANTS = ['thumbnail', 'preview', 'original'] as const;

export function isPhotoKind(value: string): value is PhotoKind {
  return (PHOTO_KINDS as readonly string[]).includes(value);
}

export const CASE_STATUSES = [
  'REPORTED',
  'AWAITING_POLICE',
  'UNDER_REVIEW',
  'EVIDENCE_REQUESTED',
  'DECIDED',
  'LIABILITY_FINAL',
  'SETTLING',
  'CLOSED',
  'DISPUTED',
  'REFERRED_OFFLINE',
  'WITHDRAWN',
  // A disputed review in mediation instead of going offline (mediation/).
  'IN_MEDIATION',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The conditions the reporter declares, in the order the checklist asks them. */
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

/** What the reporter declares; every condition must hold for the case to go online. */
export type Eligibility = Record<EligibilityCondition, boolean>;

export interface Location {
  lat: number;
  lng: number;
  address: string;
  district: string;
}

export interface Coverage {
  thirdPartyLimitFen: number;
  ownDamage: boolean;
}

/** A driver's details as declared for one vehicle. */
export interface PartyDetails {
  driverName: string;
  phone: string;
  licenceNo: string;
  plate: string;
  vehicleType?: string;
  insurer: string;
  policyNumber: string;
  coverage: Coverage;
}

export interface GeoPosition {
  lat: number;
  lng: number;
}

/**
 * What a signal of fraud found (which other case, how far), recorded beside its code as the
 * evidence context gave it: the case keeps it, never reads inside it. Events recorded before
 * details existed carry none.
 */
export type RecordedFlagDetail = { flag: string; [detail: string]: unknown };

/** What the evidence pipeline learnt about a photo; the bytes live in the blob store. */
export interface PhotoEvidence {
  photoId: string;
  kind: PhotoKind;
  sha256: string;
  sizeBytes: number;
  width: number;
  height: number;
  format: string;
  takenAt?: string;
  position?: GeoPosition;
  perceptualHash?: string;
  flags: string[];
  flagDetails?: RecordedFlagDetail[];
}

export type { SituationCode };

/** On what a decision or final liability rests. */
export const DECISION_BASES = ['POLICE', 'REVIEW'] as const;
export const LIABILITY_BASES = ['AGREEMENT', ...DECISION_BASES] as const;
export type DecisionBasis = (typeof DECISION_BASES)[number];
export type LiabilityBasis = (typeof LIABILITY_BASES)[number];

/** The reporter's own words about the accident, each only when given: the weather and what happened. */
export function reporterAccount(from: { weather?: string; description?: string }): {
  weather?: string;
  description?: string;
} {
  return {
    ...(from.weather !== undefined ? { weather: from.weather } : {}),
    ...(from.description !== undefined ? { description: from.description } : {}),
  };
}
