import type {
  Allocation,
  Eligibility,
  Location,
  PartyDetails,
  PartyId,
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

/** The assistant who filed the case acts for a party (or both); the party is named by the request. */
interface ByAssistant extends Timed {
  assistantId: string;
}

interface ByOfficer extends Timed {
  officerId: string;
  district: string;
}

/** What opens a case, whether a driver reports it or an assistant files it for both parties. */
interface AccidentFiling {
  caseId: string;
  joinCode: string;
  occurredAt: string;
  location: Location;
  weather?: string;
  description?: string;
  eligibility: Eligibility;
  /** Signals of fraud found when filing (e.g. LATE_REPORT, REPEAT_PLATE): recorded, never refused. */
  flags?: string[];
  /** What those signals found. */
  flagDetails?: RecordedFlagDetail[];
}

export type CaseCommand =
  | ({ type: 'ReportAccident'; party: PartyDetails } & AccidentFiling & ByDriver)
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
  | ({ type: 'CloseCase'; claimsClosed: string[] } & Timed)
  // Assistance (assistance/): filed by an assistant for both parties, confirmed by each.
  | ({
      type: 'FileCase';
      parties: Record<PartyId, PartyDetails>;
      organisation: string;
      /** The assistant's area (the district claim of their token). */
      area: string;
    } & AccidentFiling &
      ByAssistant)
  | ({ type: 'AttachPhotoForParty'; party: PartyId; photo: PhotoEvidence } & ByAssistant)
  | ({ type: 'DeclareCircumstancesForParty'; party: PartyId; situations: string[]; note?: string } & ByAssistant)
  | ({ type: 'RecordAgreement'; allocation: Allocation } & ByAssistant)
  | ({ type: 'SendConfirmationCode'; party: PartyId; codeHash: string } & ByAssistant)
  | ({
      type: 'ConfirmParty';
      party: PartyId;
      confirmation: { method: 'CODE'; codeHash: string } | { method: 'SIGNATURE'; name: string; phone: string };
    } & ByAssistant)
  | ({
      type: 'ConfirmOwnParty';
      party: PartyId;
      codeHash: string;
      /** The phone of the driver's token, when it has one: it must be the party's. */
      phone?: string;
    } & ByDriver)
  | ({ type: 'HandToPoliceDesk' } & ByAssistant);

export type CaseCommandType = CaseCommand['type'];

export type CaseCommandOf<Type extends CaseCommandType> = Extract<CaseCommand, { type: Type }>;
