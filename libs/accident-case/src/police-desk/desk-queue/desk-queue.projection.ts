import { type ReadModelSchema, type RecordedEvent } from '@quickclaim/platform';
import { alreadyApplied, documentProjection, idInStream, unknownEventType } from '@quickclaim/platform/eventsourcing';
import type { Filer } from '../../domain/assistance.types';
import type { CaseEvent } from '../../domain/case.events';
import { ON_THE_DESK, statusAfter } from '../../domain/case.transitions';
import {
  type Allocation,
  type CaseStatus,
  type DecisionBasis,
  type GeoPosition,
  type Location,
  type PartyId,
  type PhotoKind,
  type RecordedFlagDetail,
  reporterAccount,
} from '../../domain/case.types';
import { suggestLiability, type LiabilitySuggestion } from '../../domain/liability-rules';
import type { SituationCode } from '../../domain/situations';

/**
 * One case as the police desk sees it: only what the queue shows, kept from the case's events
 * from its report on, so a case that comes back for review has everything.
 */
export interface DeskQueueDocument {
  _id: string;
  lastPosition: number;
  caseId: string;
  district: string;
  status: CaseStatus;
  /** Waiting for an officer (first request or review): the queue's filter. */
  onDesk: boolean;
  requestedAt: string | null;
  /** The queue's order: requestedAt + 5 minutes. */
  deadline: string | null;
  review: boolean;
  parties: { party: PartyId; plate: string; situations: SituationCode[] }[];
  suggestion: LiabilitySuggestion | null;
  caseFlags: string[];
  photos: DeskPhoto[];
  assignment: { officerId: string; expiresAt: string } | null;
  /** The reporter's account of the accident. */
  occurredAt: string;
  reportedAt: string;
  location: Location;
  weather?: string;
  description?: string;
  /** What the case-level flags found. */
  caseFlagDetails: RecordedFlagDetail[];
  /** The latest police decision and the parties' disputes of it. */
  lastDecision: DeskDecision | null;
  /** On a review: the first decision, with why it was disputed. */
  disputedDecision: DeskDecision | null;
  /** On a review: the officer of the first decision, whose queue does not show the case. */
  excludedOfficer: string | null;
  /** The assistant who filed the case on the scene, if one did. */
  filedBy?: Filer;
}

export interface DeskPhoto {
  photoId: string;
  kind: PhotoKind;
  flags: string[];
  party: PartyId;
  takenAt?: string;
  position?: GeoPosition;
  flagDetails: RecordedFlagDetail[];
}

export interface DeskDecision {
  officerId: string;
  allocation: Allocation;
  situations: SituationCode[];
  reasoning: string;
  basis: DecisionBasis;
  decidedAt: string;
  disputes: { party: PartyId; reason: string; disputedAt: string }[];
}

export const DESK_QUEUE_SCHEMA: ReadModelSchema = {
  projection: 'desk-queue',
  version: 2,
  collections: [{ name: 'cases', indexes: [{ keys: { district: 1, onDesk: 1, deadline: 1 } }] }],
};

export const DESK_QUEUE_COLLECTION = { projection: DESK_QUEUE_SCHEMA.projection, collection: 'cases' };

/** Pure: folds one recorded event of a case stream into the case's desk entry. */
export function evolveDeskQueue(document: DeskQueueDocument | null, event: RecordedEvent): DeskQueueDocument | null {
  const caseId = idInStream(event.streamId, 'case-');
  if (caseId === null || alreadyApplied(document, event)) return document;
  const caseEvent = { type: event.type, data: event.data } as CaseEvent;
  if (caseEvent.type === 'AccidentReported') {
    const { reporter, location, occurredAt, reportedAt, weather, description, filedBy } = caseEvent.data;
    return {
      _id: caseId,
      lastPosition: event.position,
      caseId,
      district: location.district,
      status: 'REPORTED',
      onDesk: false,
      requestedAt: null,
      deadline: null,
      review: false,
      parties: [{ party: 'A', plate: reporter.plate, situations: [] }],
      suggestion: null,
      caseFlags: [],
      photos: [],
      assignment: null,
      occurredAt,
      reportedAt,
      location,
      ...reporterAccount({ weather, description }),
      caseFlagDetails: [],
      lastDecision: null,
      disputedDecision: null,
      excludedOfficer: null,
      ...(filedBy ? { filedBy } : {}),
    };
  }
  if (!document) return null;
  const next = changed(document, caseEvent);
  if (!next) return document;
  const status = next.status ?? statusAfter(caseEvent) ?? document.status;
  return {
    ...document,
    ...next,
    status,
    onDesk: (ON_THE_DESK as readonly CaseStatus[]).includes(status),
    lastPosition: event.position,
  };
}

function changed(document: DeskQueueDocument, event: CaseEvent): Partial<DeskQueueDocument> | null {
  switch (event.type) {
    case 'PartyJoined':
      return withSuggestion([
        ...document.parties.filter((party) => party.party !== 'B'),
        { party: 'B', plate: event.data.driver.plate, situations: [] },
      ]);
    case 'CircumstancesDeclared':
      return withSuggestion(
        document.parties.map((party) =>
          party.party === event.data.party ? { ...party, situations: event.data.situations } : party,
        ),
      );
    case 'PhotoAttached': {
      const { photoId, kind, flags, party, takenAt, position, flagDetails } = event.data;
      const photo: DeskPhoto = {
        photoId,
        kind,
        flags,
        party,
        ...(takenAt !== undefined ? { takenAt } : {}),
        ...(position !== undefined ? { position } : {}),
        flagDetails: flagDetails ?? [],
      };
      return { photos: [...document.photos, photo] };
    }
    case 'CaseFlagged':
      return {
        caseFlags: [...new Set([...document.caseFlags, ...event.data.flags])],
        caseFlagDetails: [...document.caseFlagDetails, ...(event.data.details ?? [])],
      };
    case 'PoliceDecisionRequested': {
      // Asked again after the reviewing officer asked for evidence, the review keeps its first decision.
      const disputedDecision = !event.data.review
        ? null
        : document.status === 'DECIDED'
          ? document.lastDecision
          : document.disputedDecision;
      return {
        status: event.data.review ? 'DISPUTED' : 'AWAITING_POLICE',
        requestedAt: event.data.requestedAt,
        deadline: event.data.deadline,
        review: event.data.review,
        assignment: null,
        disputedDecision,
        excludedOfficer: disputedDecision?.officerId ?? null,
      };
    }
    case 'OfficerAssigned':
      return { assignment: { officerId: event.data.officerId, expiresAt: event.data.expiresAt } };
    case 'LiabilityDecided': {
      const { officerId, allocation, situations, reasoning, basis, decidedAt } = event.data;
      return {
        assignment: null,
        lastDecision: { officerId, allocation, situations, reasoning, basis, decidedAt, disputes: [] },
      };
    }
    case 'LiabilityDisputed': {
      if (!document.lastDecision) return null;
      const { party, reason, disputedAt } = event.data;
      return {
        lastDecision: {
          ...document.lastDecision,
          disputes: [...document.lastDecision.disputes, { party, reason, disputedAt }],
        },
      };
    }
    case 'EvidenceRequested':
    case 'CaseReferredOffline':
    case 'CaseWithdrawn':
      return { assignment: null };
    case 'LiabilityFinalized':
    case 'ClaimsOpened':
    case 'CaseClosed':
      return {};
    case 'AccidentReported':
    case 'AgreementProposed':
    case 'AgreementSigned':
    case 'LiabilityAccepted':
    case 'AgreementRecorded':
    case 'ConfirmationCodeSent':
    case 'ConfirmationCodeRejected':
    case 'PartyConfirmed':
      return null;
    default:
      return unknownEventType(event, null);
  }
}

function withSuggestion(parties: DeskQueueDocument['parties']): Partial<DeskQueueDocument> {
  const situations = (party: PartyId) => parties.find((candidate) => candidate.party === party)?.situations ?? [];
  return { parties, suggestion: suggestLiability({ A: situations('A'), B: situations('B') }) };
}

export const deskQueueProjection = documentProjection<DeskQueueDocument>({
  schema: DESK_QUEUE_SCHEMA,
  collection: 'cases',
  idOf: (event) => idInStream(event.streamId, 'case-'),
  evolve: evolveDeskQueue,
});
