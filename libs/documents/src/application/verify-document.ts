import { caseStreamId } from '@quickclaim/accident-case';
import { claimStreamId } from '@quickclaim/claims';
import { type RecordedEvent } from '@quickclaim/platform';
import { verifyChain } from '@quickclaim/platform/eventsourcing';
import { documentFingerprint, type DocumentReference } from '../fingerprint';
import type { QuickClaimDocument, StreamAnchor } from '../model';
import { caseDocumentAt, caseOfClaim, settlementAt, type IssuedDocument } from './documents-from-events';

/** Reads one stream as storage holds it now (the event store port's readStream, from storage). */
export type ReadStream = (streamId: string) => Promise<RecordedEvent[]>;

/**
 * `NO_MATCH`: no document with this reference was made from the recorded events (a wrong or
 * made-up reference, an unknown case, or events changed and re-chained since): nothing more is
 * said, so a guessed URL learns nothing. `RECORDS_ALTERED`: the reference matches the recorded
 * hashes, but the events no longer hash to them: the records were altered after the document
 * was issued.
 */
export type VerificationOutcome =
  { valid: true; issued: IssuedDocument } | { valid: false; reason: 'NO_MATCH' | 'RECORDS_ALTERED' };

const NO_MATCH = { valid: false, reason: 'NO_MATCH' } as const;

/**
 * Re-reads the streams a document reflects, checks their hash chains, recomputes the fingerprint
 * from the events at the reference's revisions and re-derives the document from them.
 */
export async function verifyDocument(reference: DocumentReference, read: ReadStream): Promise<VerificationOutcome> {
  const streams = await streamsOf(reference, read);
  if (!streams) return NO_MATCH;
  const anchors = streams.map((events, index) => {
    const event = events[reference.revisions[index] ?? -1];
    return event ? { streamId: event.streamId, revision: event.revision, hash: event.metadata.hash } : null;
  });
  if (anchors.some((anchor) => anchor === null)) return NO_MATCH;
  const recorded = documentFingerprint(reference.kind, reference.subjectId, anchors as StreamAnchor[]);
  if (recorded !== reference.fingerprint) return NO_MATCH;
  // The reference matches the recorded hashes: whoever holds it holds a document we issued, and
  // may learn whether the events behind it are still what was hashed.
  if (!streams.every((events) => verifyChain(events).valid)) return { valid: false, reason: 'RECORDS_ALTERED' };
  const issued = rebuild(reference, streams);
  return issued && issued.reference.fingerprint === reference.fingerprint ? { valid: true, issued } : NO_MATCH;
}

async function streamsOf(reference: DocumentReference, read: ReadStream): Promise<RecordedEvent[][] | null> {
  switch (reference.kind) {
    case 'agreement':
    case 'decision': {
      const caseEvents = await read(caseStreamId(reference.subjectId));
      return caseEvents.length > 0 ? [caseEvents] : null;
    }
    case 'settlement': {
      const claimEvents = await read(claimStreamId(reference.subjectId));
      const caseId = caseOfClaim(claimEvents);
      if (caseId === null) return null;
      const caseEvents = await read(caseStreamId(caseId));
      return caseEvents.length > 0 ? [claimEvents, caseEvents] : null;
    }
    default: {
      const exhaustive: never = reference.kind;
      return exhaustive;
    }
  }
}

function rebuild(reference: DocumentReference, streams: RecordedEvent[][]): IssuedDocument<QuickClaimDocument> | null {
  const [subjectEvents = [], caseEvents = []] = streams;
  const [subjectRevision = -1, caseRevision = -1] = reference.revisions;
  switch (reference.kind) {
    case 'agreement':
    case 'decision':
      return caseDocumentAt(reference.kind, reference.subjectId, subjectEvents, subjectRevision);
    case 'settlement':
      return settlementAt(reference.subjectId, subjectEvents, subjectRevision, caseEvents, caseRevision);
    default: {
      const exhaustive: never = reference.kind;
      return exhaustive;
    }
  }
}
