import { Refused } from '@quickclaim/kernel';
import { DeciderSpecification } from '@quickclaim/testing';
import type { MediationCommand } from './mediation.commands';
import { mediationDecider } from './mediation.decider';
import type { MediationEvent } from './mediation.events';
import type { MediatedVehicle, MediationOpening } from './mediation.types';

/** Shared givens for the mediation tests: the review of case-1 disputed again by A. */
export const spec = DeciderSpecification(mediationDecider);
export const T = (hour: number) => `2026-11-22T${String(hour).padStart(2, '0')}:00:00.000Z`;
export const DAYS_LATER = (days: number, hour = 0) =>
  new Date(new Date(T(hour)).getTime() + days * 24 * 3600_000).toISOString();

export const thenRefused = (given: MediationEvent[], command: MediationCommand, code: string) =>
  spec
    .given(given)
    .when(command)
    .thenThrows(Refused, (error) => expect(error.code).toBe(code));

export const OPENING: MediationOpening = {
  mediationId: 'mediation-1',
  kind: 'LIABILITY',
  caseId: 'case-1',
  district: 'yuzhong',
  committee: 'cq-insurance',
  parties: [
    { party: 'A', driverId: 'driver-a', insurer: 'PICC', plate: '渝A12345' },
    { party: 'B', driverId: 'driver-b', insurer: 'CPIC', plate: '渝B67890' },
  ],
  requestedBy: 'A',
  reason: 'B changed lanes, not me',
  requestedAt: T(0),
};

export const opened = (opening: Partial<MediationOpening> = {}): MediationEvent => ({
  type: 'MediationOpened',
  data: { ...OPENING, ...opening, deadline: DAYS_LATER(3) },
});
export const taken: MediationEvent = {
  type: 'MediatorAssigned',
  data: { mediatorId: 'mediator-1', committee: 'cq-insurance', assignedAt: T(1), deadline: DAYS_LATER(3, 1) },
};
/** B's car paid by A's compulsory and third-party insurance, A's by its own-damage insurance. */
export const VEHICLES: MediatedVehicle[] = [
  {
    party: 'B',
    lines: [
      { payerParty: 'A', coverage: 'COMPULSORY', amountFen: 200_000 },
      { payerParty: 'A', coverage: 'THIRD_PARTY', amountFen: 150_000 },
    ],
  },
  { party: 'A', lines: [{ payerParty: 'A', coverage: 'OWN_DAMAGE', amountFen: 80_000 }] },
];
export const proposed: MediationEvent = {
  type: 'MediationProposed',
  data: { mediatorId: 'mediator-1', vehicles: VEHICLES, proposedAt: T(2), deadline: DAYS_LATER(3, 2) },
};
export const signedByA: MediationEvent = {
  type: 'MediationSigned',
  data: { party: 'A', driverId: 'driver-a', signedAt: T(3) },
};
