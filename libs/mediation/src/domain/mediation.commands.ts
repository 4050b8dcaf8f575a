import type { MediatedVehicle, MediationOpening } from './mediation.types';

interface Timed {
  now: string;
}

export type MediationCommand =
  | ({ type: 'OpenMediation'; opening: MediationOpening } & Timed)
  | ({ type: 'TakeMediation'; mediatorId: string; committee: string } & Timed)
  | ({ type: 'ProposeSettlement'; mediatorId: string; vehicles: MediatedVehicle[]; note?: string } & Timed)
  | ({ type: 'SignSettlement'; driverId: string } & Timed)
  | ({ type: 'RefuseSettlement'; driverId: string; reason: string } & Timed)
  | ({ type: 'EndMediation'; mediatorId: string; reason: string } & Timed)
  | ({ type: 'CloseOverdueMediation' } & Timed);

export type MediationCommandType = MediationCommand['type'];
export type MediationCommandOf<Type extends MediationCommandType> = Extract<MediationCommand, { type: Type }>;
