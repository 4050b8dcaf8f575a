import { createHash } from 'node:crypto';
import { isDocumentKind, type DocumentKind, type StreamAnchor } from './model';

/**
 * A document's fingerprint binds the paper to the recorded events it was made from: SHA-256 over
 * the document kind, its subject and, for each stream it reflects, the stream id with the revision
 * and chain hash of the last event it reflects. Each chain hash covers every earlier event of its
 * stream, so the fingerprint changes when any of them changes, even if someone with access to the
 * storage recomputed the whole chain afterwards: the printed fingerprint is an anchor kept outside
 * the platform. Anyone holding the audit trail can recompute it by hand:
 *
 *   sha256( JSON.stringify(["quickclaim-document-v1", kind, subjectId, [[streamId, revision, hash], …]]) )
 *
 * It is not a secret and not a signature: verification re-reads the events and answers what they say.
 */
export const FINGERPRINT_VERSION = 'quickclaim-document-v1';

export function documentFingerprint(kind: DocumentKind, subjectId: string, anchors: readonly StreamAnchor[]): string {
  const input = JSON.stringify([
    FINGERPRINT_VERSION,
    kind,
    subjectId,
    anchors.map((anchor) => [anchor.streamId, anchor.revision, anchor.hash]),
  ]);
  return createHash('sha256').update(input, 'utf8').digest('hex');
}

/**
 * Everything needed to find and check a document again, carried by its verification URL:
 * `/verify/{kind}/{subjectId}/{revisions}/{fingerprint}`. The subject is the case (agreement,
 * decision) or the claim (settlement); the revisions are those of the subject's stream, then, for a
 * settlement, of its case's stream: `/verify/settlement/{claimId}/{claimRevision}-{caseRevision}/…`.
 */
export interface DocumentReference {
  kind: DocumentKind;
  subjectId: string;
  revisions: number[];
  fingerprint: string;
}

/** How many stream revisions each kind's reference carries. */
export const STREAMS_OF_KIND: Record<DocumentKind, number> = { agreement: 1, decision: 1, settlement: 2 };

export function verificationPath(reference: DocumentReference): string {
  return `/verify/${reference.kind}/${reference.subjectId}/${reference.revisions.join('-')}/${reference.fingerprint}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const REVISION = /^(0|[1-9][0-9]{0,8})$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The reference a verification URL names, or null when it cannot name any document. */
export function parseReference(parts: {
  kind: string;
  subjectId: string;
  revisions: string;
  fingerprint: string;
}): DocumentReference | null {
  const subjectId = parts.subjectId.toLowerCase();
  const fingerprint = parts.fingerprint.toLowerCase();
  if (!isDocumentKind(parts.kind) || !UUID.test(subjectId) || !SHA256_HEX.test(fingerprint)) return null;
  const revisions = parts.revisions.split('-');
  if (revisions.length !== STREAMS_OF_KIND[parts.kind] || !revisions.every((revision) => REVISION.test(revision))) {
    return null;
  }
  return { kind: parts.kind, subjectId, revisions: revisions.map(Number), fingerprint };
}
