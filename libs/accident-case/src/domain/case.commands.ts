import type {
  Allocation,
  Eligibility,
  Location,
  PartyDetails,
  PhotoEvidence,
  PhotoKind,
  RecordedFlagDetail,
} from './case.types';

/** Every command carries its time from the injected clock, as an ISO-8601 string. */
interface Timed {
  now: string;
}

/** A driver acting on a case; which party they are is decided from the case, not the request. */
interface ByDriver extends Timed {
  driverId: string;
}

interface ByOfficer extends Timed {
  officerId: string;
  district: string;
}

export type CaseCommand =
  | ({
      type: 'ReportAccident';
      caseId: string;
      joinCode: string;
      occurredAt: string;
      location: Location;
      weather?: string;
      description?: string;
      eligibility: Eligibility;
      party: PartyDetails;
      /** Signals of fraud found when reporting (e.g. LATE_REPORT, REPEAT_PLATE): recorded, never refused. */
      flags?: string[];
      /** What those signals found. */
      flagDetails?: RecordedFlagDetail[];
    } & ByDriver)
  | ({
      type: 'JoinCase';
      joinCode: string;
      party: PartyDetails;
      flags?: string[];
      flagDetails?: RecordedFlagDetail[];
    } & ByDriver)
  | ({ type: 'AttachPhoto'; photo: PhotoEvidence } & ByDriver)
  | ({ type: 'DeclareCircumstances'; situations: string[]; note?: string } & ByDriver)
  | ({ type: 'ProposeAgreement'; allocation: Allocation } & ByDriver)
  | ({ type: 'SignAgreement' } & ByDriver)
  | ({ type: 'RequestPoliceDecision' } & ByDriver)
  | ({ type: 'TakeCase' } & ByOfficer)
  | ({ type: 'DecideLiability'; allocation: Allocation; situations: string[]; reasoning: string } & ByOfficer)
  | ({ type: 'RequestEvidence'; kinds: PhotoKind[]; note: string } & ByOfficer)
  | ({ type: 'ReferOffline'; reason: string } & ByOfficer)
  | ({ type: 'AcceptLiability' } & ByDriver)
  | ({ type: 'DisputeLiability'; reason: string } & ByDriver)
  | ({ type: 'CloseResponsePeriod' } & Timed)
  | ({ type: 'WithdrawCase'; reason: string } & ByDriver)
  | ({ type: 'RecordClaimsOpened'; claims: { claimId: string; party: 'A' | 'B' }[] } & Timed)
  | ({ type: 'CloseCase'; claimsClosed: string[] } & Timed);

export type CaseCommandType = CaseCommand['type'];

export type CaseCommandOf<Type extends CaseCommandType> = Extract<CaseCommand, { type: Type }>;
