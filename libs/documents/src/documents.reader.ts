import { Inject, Injectable } from '@nestjs/common';
import { caseStreamId } from '@quickclaim/accident-case';
import { claimStreamId } from '@quickclaim/claims';
import { ProblemException } from '@quickclaim/http';
import { CLOCK, EVENT_STORE, type Clock, type EventStore, type RecordedEvent } from '@quickclaim/platform';
import { verifyChain } from '@quickclaim/platform/eventsourcing';
import {
  caseAnchorRevision,
  caseDocumentAt,
  caseOfClaim,
  claimAnchorRevision,
  parseReference,
  publicSummary,
  renderPdf,
  settlementAt,
  verificationPath,
  verifyDocument,
  type IssuedDocument,
  type PublicSummary,
} from './core';

/** What the application tells the documents: where people reach it, and the zone of printed times. */
export interface DocumentSettings {
  publicUrl: string;
  timeZone: string;
}

export const DOCUMENT_SETTINGS = Symbol('DOCUMENT_SETTINGS');

export interface RenderedDocument {
  pdf: Buffer;
  filename: string;
}

export type VerificationAnswer =
  | { valid: true; checkedAt: string; document: PublicSummary }
  | { valid: false; checkedAt: string; reason: 'NO_MATCH' | 'RECORDS_ALTERED' };

const notAvailable = (detail: string) => new ProblemException(404, 'DOCUMENT_NOT_AVAILABLE', detail);

/**
 * A paper issued from altered records would carry the fingerprint of the original hashes and
 * the altered content: the platform issues nothing from a stream whose chain does not verify.
 */
function refuseAltered(events: readonly RecordedEvent[]): void {
  if (!verifyChain(events).valid) {
    throw new ProblemException(
      409,
      'RECORDS_ALTERED',
      "The records fail their integrity check: no document can be issued from them (see the case's audit)",
    );
  }
}

/**
 * Reads the streams a document is made from (as storage holds them, like the audit), hands them
 * to the pure core, and renders or verifies. The routes decide who may download on the same
 * events the document is made from, so a download reads each stream once.
 */
@Injectable()
export class DocumentsReader {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DOCUMENT_SETTINGS) private readonly settings: DocumentSettings,
  ) {}

  /** What storage holds now, past any cache: a document is proof, like the audit trail. */
  read(streamId: string): Promise<RecordedEvent[]> {
    return this.eventStore.readStream(streamId, { fromStorage: true });
  }

  readCase(caseId: string): Promise<RecordedEvent[]> {
    return this.read(caseStreamId(caseId));
  }

  readClaim(claimId: string): Promise<RecordedEvent[]> {
    return this.read(claimStreamId(claimId));
  }

  async caseDocument(
    kind: 'agreement' | 'decision',
    caseId: string,
    events: RecordedEvent[],
  ): Promise<RenderedDocument> {
    refuseAltered(events);
    const revision = caseAnchorRevision(kind, events);
    const issued = revision === null ? null : caseDocumentAt(kind, caseId, events, revision);
    if (!issued) {
      throw notAvailable(
        kind === 'agreement'
          ? 'There is no agreement: liability is not final, or was not agreed by both parties'
          : 'There is no police decision: liability is not final, or was not decided by an officer',
      );
    }
    return { pdf: await this.render(issued), filename: `${kind}-${caseId}.pdf` };
  }

  async settlementDocument(claimId: string, claimEvents: RecordedEvent[]): Promise<RenderedDocument> {
    const claimRevision = claimAnchorRevision(claimEvents);
    const caseId = caseOfClaim(claimEvents);
    if (claimRevision === null || caseId === null) throw notAvailable('The claim is not settled: it is not paid yet');
    const caseEvents = await this.read(caseStreamId(caseId));
    refuseAltered(claimEvents);
    refuseAltered(caseEvents);
    const finalLiability = caseEvents.find((event) => event.type === 'LiabilityFinalized');
    const issued = finalLiability
      ? settlementAt(claimId, claimEvents, claimRevision, caseEvents, finalLiability.revision)
      : null;
    if (!issued) throw notAvailable('The claim is not settled');
    return { pdf: await this.render(issued), filename: `settlement-${claimId}.pdf` };
  }

  async verify(parts: {
    kind: string;
    subjectId: string;
    revisions: string;
    fingerprint: string;
  }): Promise<VerificationAnswer> {
    const reference = parseReference(parts);
    if (!reference) throw new ProblemException(404, 'DOCUMENT_NOT_FOUND', 'This is not the address of a document');
    const outcome = await verifyDocument(reference, (streamId) => this.read(streamId));
    const checkedAt = this.clock.now().toISOString();
    return outcome.valid
      ? { valid: true, checkedAt, document: publicSummary(outcome.issued.document, outcome.issued.reference) }
      : { valid: false, checkedAt, reason: outcome.reason };
  }

  private render(issued: IssuedDocument): Promise<Buffer> {
    return renderPdf(issued.document, {
      verificationUrl: `${this.settings.publicUrl}${verificationPath(issued.reference)}`,
      fingerprint: issued.reference.fingerprint,
      timeZone: this.settings.timeZone,
    });
  }
}
