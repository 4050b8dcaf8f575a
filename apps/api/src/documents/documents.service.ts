import { Inject, Injectable } from '@nestjs/common';
import { caseStreamId } from '@quickclaim/accident-case';
import { claimStreamId } from '@quickclaim/claims';
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
} from '@quickclaim/documents';
import { CLOCK, EVENT_STORE, verifyChain, type Clock, type EventStore, type RecordedEvent } from '@quickclaim/platform';
import type { AppConfig } from '../config';
import { ProblemException } from '../http/problem';
import { APP_CONFIG } from '../tokens';

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
 * The HTTP side of libs/documents: reads the streams a document is made from (as storage holds
 * them, like the audit), hands them to the library, and renders or verifies. Who may download
 * was decided by the policy before any of this runs; verification is public.
 */
@Injectable()
export class DocumentsService {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async caseDocument(kind: 'agreement' | 'decision', caseId: string): Promise<RenderedDocument> {
    const events = await this.read(caseStreamId(caseId));
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

  async settlementDocument(claimId: string): Promise<RenderedDocument> {
    const claimEvents = await this.read(claimStreamId(claimId));
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

  /** What storage holds now, past any cache: a document is proof, like the audit trail. */
  private read(streamId: string): Promise<RecordedEvent[]> {
    return this.eventStore.readStream(streamId, { fromStorage: true });
  }

  private render(issued: IssuedDocument): Promise<Buffer> {
    return renderPdf(issued.document, {
      verificationUrl: `${this.config.publicUrl}${verificationPath(issued.reference)}`,
      fingerprint: issued.reference.fingerprint,
      timeZone: this.config.timeZone,
    });
  }
}
