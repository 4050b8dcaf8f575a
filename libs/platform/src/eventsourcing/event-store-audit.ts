import { createHash } from 'node:crypto';
import type { BlobStore } from '../ports/blob-store.port';
import type { EventStore, RecordedEvent } from '../ports/event-store.port';
import { StreamChainVerifier } from './hash-chain';

/** Where the evidence is wrong, as precisely as the store lets us say. */
export interface IntegrityProblem {
  /** `chain`: an event's hash chain; `content`: a blob it vouches for; `missing`: a deleted position. */
  kind: 'chain' | 'content' | 'missing';
  /** `$all` when the problem is a position missing from the global order. */
  streamId: string;
  revision?: number;
  position?: number;
  problem: string;
}

export interface AuditReport {
  streams: number;
  events: number;
  /** Stored originals re-hashed against the SHA-256 their events recorded. */
  blobs: number;
  problems: IntegrityProblem[];
}

/** Content an event vouches for by hash, e.g. the original bytes of a photo. */
export interface ContentReference {
  label: string;
  sha256: string;
}

export interface AuditOptions {
  /** When given, every referenced blob is read back and re-hashed. */
  blobs?: BlobStore;
  /** What content an event refers to; the contexts know, the platform does not. */
  contentReferences?: (event: RecordedEvent) => ContentReference[];
  /** Called after each batch with the position reached and the head. */
  onProgress?: (progress: { position: number; head: number; events: number }) => void;
  batchSize?: number;
}

const DEFAULT_BATCH = 1000;

/**
 * Verifies a whole store in one pass over `$all`: every stream's hash chain event by event, every
 * referenced blob, and, where the store issues dense positions, that no position is missing, so
 * a deleted event shows even when it was the last of its stream.
 */
export async function auditEventStore(store: EventStore, options: AuditOptions = {}): Promise<AuditReport> {
  const head = await store.headPosition();
  const issued = (await store.issuedPositions?.()) ?? null;
  const verifiers = new Map<string, StreamChainVerifier>();
  const report: AuditReport = { streams: 0, events: 0, blobs: 0, problems: [] };
  let previousPosition = issued ? issued.first - 1 : undefined;
  let after: number | undefined;
  for (;;) {
    const batch = await store.readAll({
      ...(after !== undefined ? { after } : {}),
      maxCount: options.batchSize ?? DEFAULT_BATCH,
    });
    for (const event of batch) {
      if (previousPosition !== undefined && issued) {
        report.problems.push(...missingPositions(previousPosition + 1, event.position - 1));
      }
      previousPosition = event.position;
      let verifier = verifiers.get(event.streamId);
      if (!verifier) {
        verifier = new StreamChainVerifier();
        verifiers.set(event.streamId, verifier);
      }
      await checkEvent(event, verifier, report, options);
    }
    if (batch.length === 0) break;
    after = batch[batch.length - 1]!.position;
    options.onProgress?.({ position: after, head, events: report.events });
  }
  if (issued && previousPosition !== undefined) {
    report.problems.push(...missingPositions(previousPosition + 1, issued.last));
  }
  report.streams = verifiers.size;
  return report;
}

/** Verifies one stream: its chain from revision 0 and the content its events refer to. */
export async function auditStream(
  store: EventStore,
  streamId: string,
  options: Omit<AuditOptions, 'onProgress' | 'batchSize'> = {},
): Promise<AuditReport> {
  const events = await store.readStream(streamId, { fromStorage: true });
  const report: AuditReport = { streams: events.length > 0 ? 1 : 0, events: 0, blobs: 0, problems: [] };
  const verifier = new StreamChainVerifier();
  for (const event of events) await checkEvent(event, verifier, report, options);
  return report;
}

async function checkEvent(
  event: RecordedEvent,
  verifier: StreamChainVerifier,
  report: AuditReport,
  options: Pick<AuditOptions, 'blobs' | 'contentReferences'>,
): Promise<void> {
  report.events += 1;
  for (const problem of verifier.check(event)) {
    report.problems.push({ kind: 'chain', streamId: event.streamId, position: event.position, ...problem });
  }
  if (!options.blobs || !options.contentReferences) return;
  for (const reference of options.contentReferences(event)) {
    report.blobs += 1;
    const problem = await checkBlob(options.blobs, reference);
    if (problem) {
      report.problems.push({
        kind: 'content',
        streamId: event.streamId,
        revision: event.revision,
        position: event.position,
        problem: `${reference.label}: ${problem}`,
      });
    }
  }
}

async function checkBlob(blobs: BlobStore, reference: ContentReference): Promise<string | null> {
  const blob = await blobs.get(reference.sha256);
  if (!blob) return 'original is missing';
  const actual = createHash('sha256').update(blob.bytes).digest('hex');
  return actual === reference.sha256 ? null : 'original no longer matches its SHA-256';
}

/** One problem per run of missing positions, so a mass deletion reads as one line. */
function missingPositions(from: number, to: number): IntegrityProblem[] {
  if (to < from) return [];
  const which = from === to ? `position ${from} is` : `positions ${from}–${to} are`;
  return [{ kind: 'missing', streamId: '$all', position: from, problem: `${which} missing: events were deleted` }];
}

/** One line per problem, naming stream, revision and position. */
export function describeProblem(problem: IntegrityProblem): string {
  const where = [
    problem.streamId,
    problem.revision !== undefined ? `revision ${problem.revision}` : null,
    problem.position !== undefined ? `position ${problem.position}` : null,
  ]
    .filter((part): part is string => part !== null)
    .join(', ');
  return `${where}: ${problem.problem}`;
}
