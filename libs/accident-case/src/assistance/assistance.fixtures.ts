import type { CaseCommand, CaseCommandOf } from '../domain/case.commands';
import type { CaseEvent } from '../domain/case.events';
import { CASE_ID, ELIGIBLE, LOCATION, T0, at, evidence, partyA, partyB, reported } from '../domain/case.fixtures';
import type { Allocation, PartyId, PhotoKind } from '../domain/case.types';

/** Shared givens of the assistance tests: an assistant of yuzhong files the case of case.fixtures at T0. */
export const ASSISTANT = 'assistant-1';
export const OTHER_ASSISTANT = 'assistant-2';
export const ORGANISATION = '渝中区警保联动服务站';
export const FILER = { assistantId: ASSISTANT, organisation: ORGANISATION };

export const fileCommand = (overrides: Partial<CaseCommandOf<'FileCase'>> = {}): CaseCommand => ({
  type: 'FileCase',
  caseId: CASE_ID,
  joinCode: '123456',
  occurredAt: at(-5),
  location: LOCATION,
  eligibility: ELIGIBLE,
  parties: { A: partyA, B: partyB },
  assistantId: ASSISTANT,
  organisation: ORGANISATION,
  area: 'yuzhong',
  now: T0,
  ...overrides,
});

/** A report's data with party A as the assistant records them: no driver account yet. */
function withoutDriver(data: Extract<CaseEvent, { type: 'AccidentReported' }>['data']) {
  const { driverId: _none, ...reporter } = data.reporter;
  return { ...data, reporter };
}

/** The case as filed: party A reported and party B joined at once, neither a driver account yet. */
export const filed: CaseEvent[] = [
  { type: 'AccidentReported', data: { ...withoutDriver(reported.data), filedBy: FILER } },
  { type: 'PartyJoined', data: { party: 'B', driver: { ...partyB }, joinedAt: T0, onBehalfOf: 'B' } },
];

let photoNumber = 100;
export function photoFor(party: PartyId, kind: PhotoKind, minutes = 1): CaseEvent {
  photoNumber += 1;
  return {
    type: 'PhotoAttached',
    data: { ...evidence(kind, photoNumber), party, uploadedBy: ASSISTANT, attachedAt: at(minutes), onBehalfOf: party },
  };
}

export const requiredPhotosFor = (party: PartyId = 'A'): CaseEvent[] => [
  photoFor(party, 'FRONT_SIDE'),
  photoFor(party, 'REAR_SIDE'),
  photoFor(party, 'POINT_OF_IMPACT'),
];

export const agreementRecorded = (allocation: Allocation = { A: 'FULL', B: 'NONE' }, minutes = 2): CaseEvent => ({
  type: 'AgreementRecorded',
  data: { allocation, recordedBy: ASSISTANT, recordedAt: at(minutes) },
});

/** The hash a route would make of a code; the decider only compares them. */
export const hashOf = (party: PartyId, code = '100001') => `hmac-${party}-${code}`;

export const codeSent = (party: PartyId, minutes = 3, code = '100001'): CaseEvent => ({
  type: 'ConfirmationCodeSent',
  data: { party, codeHash: hashOf(party, code), sentAt: at(minutes), expiresAt: at(minutes + 10), attempts: 5 },
});

export const confirmedByCode = (party: PartyId, minutes = 4): CaseEvent => ({
  type: 'PartyConfirmed',
  data: { party, method: 'CODE', confirmedAt: at(minutes), onBehalfOf: party },
});

/** Filed, photographed, agreed A FULL / B NONE, a code out for each party. */
export const awaitingConfirmations = (): CaseEvent[] => [
  ...filed,
  ...requiredPhotosFor(),
  agreementRecorded(),
  codeSent('A'),
  codeSent('B'),
];
