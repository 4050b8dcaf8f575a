import type { Failure, MediatedVehicle, MediationOpening, MediationParty } from './mediation.types';

export type MediationEvent =
  | { type: 'MediationOpened'; data: MediationOpening & { deadline: string } }
  | { type: 'MediatorAssigned'; data: { mediatorId: string; committee: string; assignedAt: string; deadline: string } }
  | {
      type: 'MediationProposed';
      data: { mediatorId: string; vehicles: MediatedVehicle[]; note?: string; proposedAt: string; deadline: string };
    }
  | { type: 'MediationSigned'; data: { party: MediationParty; driverId: string; signedAt: string } }
  | { type: 'MediationAgreed'; data: { vehicles: MediatedVehicle[]; agreedAt: string } }
  | { type: 'MediationFailed'; data: Failure };

export type MediationEventType = MediationEvent['type'];
