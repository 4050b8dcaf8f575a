import { Refused, refusals } from '@quickclaim/kernel';

/** Every code the case decider can refuse with: part of the API contract, closed. */
export const CASE_ERROR_CODES = [
  'CASE_NOT_FOUND',
  'CASE_ALREADY_EXISTS',
  'INVALID_CASE_STATUS',
  'CASE_NOT_ELIGIBLE',
  'OCCURRED_IN_FUTURE',
  'REPORTER_CANNOT_JOIN',
  'INVALID_JOIN_CODE',
  'CASE_FULL',
  'PARTY_B_MISSING',
  'SAME_VEHICLE',
  'PHOTO_ALREADY_ATTACHED',
  'TOO_MANY_PHOTOS',
  'UNKNOWN_SITUATION',
  'TOO_MANY_SITUATIONS',
  'INVALID_ALLOCATION',
  'AGREEMENT_NEEDS_POLICE',
  'NO_AGREEMENT_PROPOSED',
  'ALREADY_SIGNED',
  'REQUIRED_PHOTOS_MISSING',
  'REQUESTED_EVIDENCE_MISSING',
  'ALREADY_ASSIGNED',
  'REVIEW_NEEDS_ANOTHER_OFFICER',
  'NOT_ASSIGNED',
  'ASSIGNMENT_LAPSED',
  'REASONING_REQUIRED',
  'INVALID_PHOTO_KINDS',
  'NOTE_REQUIRED',
  'REASON_REQUIRED',
  'ALREADY_RESPONDED',
  'RESPONSE_PERIOD_OPEN',
  'LIABILITY_ALREADY_FINAL',
  'CLAIMS_STILL_OPEN',
  'INVALID_PLATE',
  'UNKNOWN_DISTRICT',
  // Assistance (assistance/)
  'OUTSIDE_ASSISTANT_AREA',
  'AGREEMENT_ALREADY_CONFIRMED',
  'PARTY_ALREADY_CONFIRMED',
  'NO_CONFIRMATION_CODE',
  'CONFIRMATION_CODE_EXPIRED',
  'CONFIRMATION_CODE_WRONG',
  'CONFIRMATION_ATTEMPTS_EXHAUSTED',
  'CONFIRMATION_CODE_TOO_SOON',
  'TOO_MANY_CONFIRMATION_CODES',
  'SIGNATURE_MISMATCH',
  'PARTY_PHONE_MISMATCH',
  'DRIVER_IS_OTHER_PARTY',
] as const;

export type CaseErrorCode = (typeof CASE_ERROR_CODES)[number];

/** A command the case refuses. */
export type CaseRefusal = Refused<CaseErrorCode>;

export const refuse = {
  ...refusals<CaseErrorCode>(),
  caseNotFound: (): CaseRefusal => new Refused('CASE_NOT_FOUND', 'NOT_FOUND', 'No such case'),
  alreadyExists: (): CaseRefusal =>
    new Refused('CASE_ALREADY_EXISTS', 'CONFLICT', 'A case with this id already exists'),
  wrongStatus: (action: string, status: string): CaseRefusal =>
    new Refused('INVALID_CASE_STATUS', 'CONFLICT', `Cannot ${action} while the case is ${status}`),
};
