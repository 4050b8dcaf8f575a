import type { ReadModelSchema, RecordedEvent } from '@quickclaim/platform';
import { alreadyApplied, documentProjection, idInStream } from '@quickclaim/platform/eventsourcing';

/** What an auditor finds a case by: its parties' plates and phones, and its id. */
export interface CaseIndexDocument {
  _id: string;
  caseId: string;
  lastPosition: number;
  plates: string[];
  phones: string[];
  reportedAt: string;
}

export const CASE_INDEX_SCHEMA: ReadModelSchema = {
  projection: 'audit-case-index',
  version: 1,
  collections: [
    {
      name: 'cases',
      indexes: [
        { keys: { reportedAt: -1 } },
        { keys: { plates: 1, reportedAt: -1 } },
        { keys: { phones: 1, reportedAt: -1 } },
      ],
    },
  ],
};

export const CASE_INDEX_COLLECTION = { projection: CASE_INDEX_SCHEMA.projection, collection: 'cases' };

/** A plate as typed (`渝a 12345`) and as recorded (`渝A12345`) compare equal. */
export const normalPlate = (plate: string): string => plate.replace(/[\s·-]/g, '').toUpperCase();

interface Party {
  plate?: unknown;
  phone?: unknown;
}

/** Pure: the report and each joining party add their plate and phone. */
export function evolveCaseIndex(document: CaseIndexDocument | null, event: RecordedEvent): CaseIndexDocument | null {
  const caseId = idInStream(event.streamId, 'case-');
  if (caseId === null || alreadyApplied(document, event)) return document;
  const party =
    event.type === 'AccidentReported'
      ? (event.data as { reporter?: Party }).reporter
      : event.type === 'PartyJoined'
        ? (event.data as { driver?: Party }).driver
        : undefined;
  if (!party || (!document && event.type !== 'AccidentReported')) return document;
  const current = document ?? {
    _id: caseId,
    caseId,
    lastPosition: event.position,
    plates: [],
    phones: [],
    reportedAt: event.metadata.recordedAt,
  };
  return {
    ...current,
    lastPosition: event.position,
    plates:
      typeof party.plate === 'string' ? [...new Set([...current.plates, normalPlate(party.plate)])] : current.plates,
    phones: typeof party.phone === 'string' ? [...new Set([...current.phones, party.phone])] : current.phones,
  };
}

export const caseIndexProjection = documentProjection<CaseIndexDocument>({
  schema: CASE_INDEX_SCHEMA,
  collection: 'cases',
  idOf: (event) => idInStream(event.streamId, 'case-'),
  evolve: evolveCaseIndex,
});
