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
  /** False when the audit was stopped (its time was up) before the store's end. */
  complete?: boolean;
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
  /** Stops between batches once aborted; the report then says it is not complete. */
  signal?: AbortSignal;
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
    if (options.signal?.aborted) {
      report.streams = verifiers.size;
      return { ...report, complete: false };
    }
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

/**
 * Where each stream stood when someone outside the stream recorded it: a signed checkpoint
 * (ADR 34). A stream that now ends before its recorded head lost its last events.
 */
export interface RecordedHeads {
  /** What recorded them, for the problem's text (e.g. `the checkpoint of 2026-11-22T08:00:00Z`). */
  label: string;
  /** Every position up to this one was covered. */
  position: number;
  heads: Readonly<Record<string, StreamHead>>;
  /** Positions already missing when they were recorded, as inclusive runs. */
  missingPositions: readonly (readonly [number, number])[];
}

export interface StreamHead {
  revision: number;
  position: number;
  hash: string;
}

export interface StreamsAuditOptions extends Omit<AuditOptions, 'onProgress' | 'batchSize'> {
  recordedHeads?: RecordedHeads | null;
  /** A gap seen at the store's end is read again after this long, in case it was an append not yet durable. */
  settleMs?: number;
}

/**
 * Verifies the streams that make up one thing (a case and its claims) as completely as the
 * store allows: each chain from revision 0 and the content it vouches for, each stream's end
 * against its head in the latest checkpoint, and, where positions are dense, every position
 * missing after a stream's last event that no checkpoint accounts for: it may have been that
 * stream's deleted last event (ADR 34).
 */
export async function auditStreams(
  store: EventStore,
  streamIds: readonly string[],
  options: StreamsAuditOptions = {},
): Promise<AuditReport & { streamReports: StreamReport[] }> {
  const report: AuditReport & { streamReports: StreamReport[] } = {
    streams: 0,
    events: 0,
    blobs: 0,
    problems: [],
    streamReports: [],
  };
  const recorded = options.recordedHeads ?? null;
  const lastPositions = new Map<string, number>();
  for (const streamId of new Set(streamIds)) {
    const events = await store.readStream(streamId, { fromStorage: true });
    const head = recorded?.heads[streamId];
    if (events.length === 0 && !head) continue;
    const before = report.problems.length;
    const verifier = new StreamChainVerifier();
    for (const event of events) await checkEvent(event, verifier, report, options);
    const last = events[events.length - 1];
    if (head) {
      const atHead = events.find((event) => event.revision === head.revision);
      if (!atHead) {
        report.problems.push({
          kind: 'missing',
          streamId,
          revision: head.revision,
          position: head.position,
          problem: `${recorded!.label} recorded this stream up to revision ${head.revision}: events at its end were deleted`,
        });
      } else if (atHead.metadata.hash !== head.hash) {
        report.problems.push({
          kind: 'chain',
          streamId,
          revision: head.revision,
          position: atHead.position,
          problem: `hash differs from the one ${recorded!.label} recorded: the stream was rewritten`,
        });
      }
    }
    if (last) lastPositions.set(streamId, last.position);
    report.streams += 1;
    report.streamReports.push({
      streamId,
      events: events.length,
      lastRevision: last ? last.revision : -1,
      problems: report.problems.slice(before),
    });
  }
  const tails = await possiblyDeletedTails(store, lastPositions, recorded, options.settleMs ?? 100);
  for (const tail of tails) {
    report.problems.push(tail);
    report.streamReports.find((stream) => stream.streamId === tail.streamId)?.problems.push(tail);
  }
  return report;
}

export interface StreamReport {
  streamId: string;
  events: number;
  lastRevision: number;
  problems: IntegrityProblem[];
}

/**
 * Positions missing after a stream's last event that no checkpoint rules out: one problem per
 * stream and run of positions. Only stores with dense positions can tell.
 */
async function possiblyDeletedTails(
  store: EventStore,
  lastPositions: ReadonlyMap<string, number>,
  recorded: RecordedHeads | null,
  settleMs: number,
): Promise<IntegrityProblem[]> {
  if (lastPositions.size === 0 || !store.issuedPositions) return [];
  let runs = await missingRuns(store, Math.min(...lastPositions.values()), recorded);
  if (runs.length > 0 && settleMs > 0) {
    // An append committed but not yet durable is hidden from readers for a moment: look again.
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    runs = await missingRuns(store, Math.min(...lastPositions.values()), recorded);
  }
  const problems: IntegrityProblem[] = [];
  for (const [streamId, last] of lastPositions) {
    for (const [from, to] of runs) {
      if (to <= last) continue;
      const first = Math.max(from, last + 1);
      const which = first === to ? `position ${first} is` : `positions ${first}–${to} are`;
      problems.push({
        kind: 'missing',
        streamId,
        position: first,
        problem: `${which} missing after this stream's last event (position ${last}): its last event may have been deleted`,
      });
    }
  }
  return problems;
}

/**
 * Runs of positions missing after `after` that could have belonged to a stream whose last event
 * is at or before it: those past the checkpoint, and those already missing when it was signed
 * (a position deleted since, but before the checkpoint, shows against the heads it recorded).
 */
async function missingRuns(
  store: EventStore,
  after: number,
  recorded: RecordedHeads | null,
): Promise<[number, number][]> {
  const issued = await store.issuedPositions!();
  if (!issued) return [];
  const runs: [number, number][] = [];
  for (const [from, to] of recorded?.missingPositions ?? []) {
    if (to > after) runs.push([Math.max(from, after + 1), to]);
  }
  let previous = Math.max(after, recorded?.position ?? after, issued.first - 1);
  for (;;) {
    const batch = await store.readAll({ after: previous, maxCount: DEFAULT_BATCH });
    for (const event of batch) {
      if (event.position > previous + 1) runs.push([previous + 1, event.position - 1]);
      previous = event.position;
    }
    if (batch.length === 0) break;
  }
  if (issued.last > previous) runs.push([previous + 1, issued.last]);
  return runs;
}
