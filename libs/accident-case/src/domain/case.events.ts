import type {
  Allocation,
  DecisionBasis,
  LiabilityBasis,
  Eligibility,
  Location,
  PartyDetails,
  PartyId,
  PhotoEvidence,
  PhotoKind,
  RecordedFlagDetail,
} from './case.types';
import type { ConfirmationMethod, Filer } from './assistance.types';
import type { LiabilitySuggestion } from './liability-rules';
import type { SituationCode } from './situations';

/**
 * A party as recorded: their driver account is absent while an assistant filed the case for them
 * and they have not confirmed on their own phone (PartyConfirmed then names it).
 */
export type RecordedParty = PartyDetails & { driverId?: string };

/** Stored event type names: past tense, never renamed once recorded. */
export type CaseEvent =
  | {
      type: 'AccidentReported';
      data: {
        caseId: string;
        occurredAt: string;
        reportedAt: string;
        location: Location;
        weather?: string;
        description?: string;
        eligibility: Eligibility;
        joinCode: string;
        reporter: RecordedParty;
        /** Set when an assistant filed the case for both parties (the event's actor is the assistant). */
        filedBy?: Filer;
      };
    }
  | {
      type: 'PartyJoined';
      data: { party: 'B'; driver: RecordedParty; joinedAt: string; onBehalfOf?: 'B' };
    }
  | {
      type: 'PhotoAttached';
      /** `onBehalfOf`: the party an assistant uploaded it for (then `uploadedBy` is the assistant). */
      data: PhotoEvidence & { party: PartyId; uploadedBy: string; attachedAt: string; onBehalfOf?: PartyId };
    }
  | {
      type: 'CircumstancesDeclared';
      data: { party: PartyId; situations: SituationCode[]; note?: string; declaredAt: string; onBehalfOf?: PartyId };
    }
  | { type: 'AgreementProposed'; data: { allocation: Allocation; proposedBy: PartyId; proposedAt: string } }
  | { type: 'AgreementSigned'; data: { party: PartyId; signedAt: string } }
  | {
      type: 'PoliceDecisionRequested';
      data: {
        /** `ASSISTANT`: the assistant who filed the case handed it to the desk, for both parties. */
        requestedBy: PartyId | 'ASSISTANT';
        requestedAt: string;
        deadline: string;
        district: string;
        suggestion: LiabilitySuggestion | null;
        review: boolean;
      };
    }
  | { type: 'OfficerAssigned'; data: { officerId: string; assignedAt: string; expiresAt: string } }
  | {
      type: 'LiabilityDecided';
      data: {
        officerId: string;
        allocation: Allocation;
        situations: SituationCode[];
        reasoning: string;
        basis: DecisionBasis;
        decidedAt: string;
        responseDeadline: string;
      };
    }
  | { type: 'EvidenceRequested'; data: { officerId: string; kinds: PhotoKind[]; note: string; requestedAt: string } }
  | { type: 'CaseReferredOffline'; data: { officerId?: string; reason: string; referredAt: string } }
  | { type: 'LiabilityAccepted'; data: { party: PartyId; acceptedAt: string; bySilence: boolean } }
  | { type: 'LiabilityDisputed'; data: { party: PartyId; reason: string; disputedAt: string } }
  | {
      type: 'LiabilityFinalized';
      data: {
        allocation: Allocation;
        basis: LiabilityBasis;
        decidedBy?: string;
        decidedAt: string;
        reasoning?: string;
        finalizedAt: string;
      };
    }
  | { type: 'CaseWithdrawn'; data: { party: PartyId; reason: string; withdrawnAt: string } }
  | { type: 'CaseFlagged'; data: { flags: string[]; flaggedAt: string; details?: RecordedFlagDetail[] } }
  | { type: 'ClaimsOpened'; data: { claims: { claimId: string; party: PartyId }[]; openedAt: string } }
  | { type: 'CaseClosed'; data: { closedAt: string } }
  // Assistance: an assistant files for the parties, each party confirms (assistance/).
  | { type: 'AgreementRecorded'; data: { allocation: Allocation; recordedBy: string; recordedAt: string } }
  | {
      type: 'ConfirmationCodeSent';
      /** The code's keyed hash, never the code: the code is only in the SMS. */
      data: { party: PartyId; codeHash: string; sentAt: string; expiresAt: string; attempts: number };
    }
  | {
      type: 'ConfirmationCodeRejected';
      data: { party: PartyId; method: 'CODE' | 'OWN_PHONE'; attemptsLeft: number; rejectedAt: string };
    }
  | {
      type: 'PartyConfirmed';
      data: {
        party: PartyId;
        method: ConfirmationMethod;
        confirmedAt: string;
        /** OWN_PHONE: the driver account now linked to the party. */
        driverId?: string;
        /** SIGNATURE: the name the party signed with. */
        signedName?: string;
        /** CODE and SIGNATURE: the assistant confirmed on the party's word, on the assistant's device. */
        onBehalfOf?: PartyId;
      };
    };

export type CaseEventType = CaseEvent['type'];

export const CASE_EVENT_TYPES: readonly CaseEventType[] = [
  'AccidentReported',
  'PartyJoined',
  'PhotoAttached',
  'CircumstancesDeclared',
  'AgreementProposed',
  'AgreementSigned',
  'PoliceDecisionRequested',
  'OfficerAssigned',
  'LiabilityDecided',
  'EvidenceRequested',
  'CaseReferredOffline',
  'LiabilityAccepted',
  'LiabilityDisputed',
  'LiabilityFinalized',
  'CaseWithdrawn',
  'CaseFlagged',
  'ClaimsOpened',
  'CaseClosed',
  'AgreementRecorded',
  'ConfirmationCodeSent',
  'ConfirmationCodeRejected',
  'PartyConfirmed',
];

const KNOWN_TYPES: ReadonlySet<string> = new Set(CASE_EVENT_TYPES);

export function isCaseEvent(event: { type: string }): event is CaseEvent {
  return KNOWN_TYPES.has(event.type);
}

export const caseStreamId = (caseId: string): string => `case-${caseId}`;
