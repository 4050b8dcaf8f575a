import { claimStreamId } from '@quickclaim/claims';
import { derivedId, type BlobStore, type EventStore } from '@quickclaim/platform';
import type { KeyObject } from 'node:crypto';
import {
  AUDIT_CHECKPOINT_STREAM,
  auditStreams,
  checkpointSignatureProblem,
  latestCheckpoint,
  recordedHeadsOf,
  type AuditReport,
  type StreamReport,
} from '@quickclaim/platform/eventsourcing';
import { caseStreamId } from '../domain/case.events';
import { PARTY_IDS } from '../domain/case.types';
import { photoReferences } from './evidence-references';

export interface CaseAudit extends AuditReport {
  caseStreamId: string;
  streamReports: StreamReport[];
  checkpoint: { signedAt: string; position: number } | null;
}

/**
 * The streams a case is made of: its own and each of its claims' (the payouts live in those).
 * The claims the case recorded, and those the claims process derives from the case id for each
 * party, so a claim stays in the audit even if the event naming it was deleted.
 */
export async function caseStreams(store: EventStore, caseId: string): Promise<string[]> {
  const events = await store.readStream(caseStreamId(caseId), { fromStorage: true });
  const recorded = events.flatMap((event) =>
    event.type === 'ClaimsOpened'
      ? ((event.data as { claims?: { claimId?: unknown }[] }).claims ?? []).flatMap((claim) =>
          typeof claim.claimId === 'string' ? [claim.claimId] : [],
        )
      : [],
  );
  const derived = PARTY_IDS.map((party) => derivedId('claim', caseId, party));
  return [caseStreamId(caseId), ...new Set([...recorded, ...derived].map(claimStreamId))];
}

/**
 * One case verified as a whole (ADR 34): the chain of every stream of it, the photos it vouches
 * for, each stream's end against the latest signed checkpoint, and every position missing after
 * a stream's last event that could have been its deleted last event.
 */
export async function auditCase(
  store: EventStore,
  caseId: string,
  options: { blobs?: BlobStore; settleMs?: number; trustedKey?: KeyObject | null } = {},
): Promise<CaseAudit> {
  const latest = await latestCheckpoint(store);
  const signatureProblem = latest ? checkpointSignatureProblem(latest, options.trustedKey) : null;
  const checkpoint = signatureProblem ? null : latest;
  const report = await auditStreams(store, await caseStreams(store, caseId), {
    ...(options.blobs ? { blobs: options.blobs, contentReferences: photoReferences } : {}),
    recordedHeads: checkpoint ? recordedHeadsOf(checkpoint) : null,
    ...(options.settleMs !== undefined ? { settleMs: options.settleMs } : {}),
  });
  if (signatureProblem) {
    report.problems.push({
      kind: 'chain',
      streamId: AUDIT_CHECKPOINT_STREAM,
      problem: `latest checkpoint: ${signatureProblem}`,
    });
  }
  return {
    ...report,
    caseStreamId: caseStreamId(caseId),
    checkpoint: checkpoint
      ? { signedAt: checkpoint.checkpoint.signedAt, position: checkpoint.checkpoint.position }
      : null,
  };
}
