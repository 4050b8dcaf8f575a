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
import type { LiabilitySuggestion } from './liability-rules';
import type { SituationCode } from './situations';

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
        reporter: PartyDetails & { driverId: string };
      };
    }
  | { type: 'PartyJoined'; data: { party: 'B'; driver: PartyDetails & { driverId: string }; joinedAt: string } }
  | { type: 'PhotoAttached'; data: PhotoEvidence & { party: PartyId; uploadedBy: string; attachedAt: string } }
  | {
      type: 'CircumstancesDeclared';
      data: { party: PartyId; situations: SituationCode[]; note?: string; declaredAt: string };
    }
  | { type: 'AgreementProposed'; data: { allocation: Allocation; proposedBy: PartyId; proposedAt: string } }
  | { type: 'AgreementSigned'; data: { party: PartyId; signedAt: string } }
  | {
      type: 'PoliceDecisionRequested';
      data: {
        requestedBy: PartyId;
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
  | { type: 'CaseClosed'; data: { closedAt: string } };

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
];

const KNOWN_TYPES: ReadonlySet<string> = new Set(CASE_EVENT_TYPES);

export function isCaseEvent(event: { type: string }): event is CaseEvent {
  return KNOWN_TYPES.has(event.type);
}

export const caseStreamId = (caseId: string): string => `case-${caseId}`;
