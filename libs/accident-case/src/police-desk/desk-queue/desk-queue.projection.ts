import { type ReadModelSchema, type RecordedEvent } from '@quickclaim/platform';
import { alreadyApplied, documentProjection, idInStream, unknownEventType } from '@quickclaim/platform/eventsourcing';
import type { CaseEvent } from '../../domain/case.events';
import { ON_THE_DESK, statusAfter } from '../../domain/case.transitions';
import type { CaseStatus, PartyId, PhotoKind } from '../../domain/case.types';
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
  photos: { photoId: string; kind: PhotoKind; flags: string[] }[];
  assignment: { officerId: string; expiresAt: string } | null;
}

export const DESK_QUEUE_SCHEMA: ReadModelSchema = {
  projection: 'desk-queue',
  version: 1,
  collections: [{ name: 'cases', indexes: [{ keys: { district: 1, onDesk: 1, deadline: 1 } }] }],
};

export const DESK_QUEUE_COLLECTION = { projection: DESK_QUEUE_SCHEMA.projection, collection: 'cases' };

/** Pure: folds one recorded event of a case stream into the case's desk entry. */
export function evolveDeskQueue(document: DeskQueueDocument | null, event: RecordedEvent): DeskQueueDocument | null {
  const caseId = idInStream(event.streamId, 'case-');
  if (caseId === null || alreadyApplied(document, event)) return document;
  const caseEvent = { type: event.type, data: event.data } as CaseEvent;
  if (caseEvent.type === 'AccidentReported') {
    const { reporter, location } = caseEvent.data;
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
    case 'PhotoAttached':
      return {
        photos: [...document.photos, { photoId: event.data.photoId, kind: event.data.kind, flags: event.data.flags }],
      };
    case 'CaseFlagged':
      return { caseFlags: [...new Set([...document.caseFlags, ...event.data.flags])] };
    case 'PoliceDecisionRequested':
      return {
        status: event.data.review ? 'DISPUTED' : 'AWAITING_POLICE',
        requestedAt: event.data.requestedAt,
        deadline: event.data.deadline,
        review: event.data.review,
        assignment: null,
      };
    case 'OfficerAssigned':
      return { assignment: { officerId: event.data.officerId, expiresAt: event.data.expiresAt } };
    case 'LiabilityDecided':
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
    case 'LiabilityDisputed':
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
