import { createHash } from 'node:crypto';
import type { Actor, EventMetadata, EventToAppend, RecordedEvent } from '../ports/event-store.port';

/** The prevHash of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth and undefined properties dropped: one text per value. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

export interface HashedFields {
  prevHash: string;
  streamId: string;
  revision: number;
  type: string;
  data: unknown;
  actor: Actor;
  recordedAt: string;
}

/** SHA-256 over the previous hash and everything that makes the event what it is. */
export function computeEventHash(fields: HashedFields): string {
  return createHash('sha256')
    .update(
      canonicalJson([
        fields.prevHash,
        fields.streamId,
        fields.revision,
        fields.type,
        fields.data,
        fields.actor,
        fields.recordedAt,
      ]),
    )
    .digest('hex');
}

export interface SealedEvent {
  eventId: string;
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  revision: number;
}

/** Chains a batch onto the stream's last hash; every adapter calls this at append. */
export function sealEvents(
  streamId: string,
  firstRevision: number,
  prevHash: string,
  events: readonly EventToAppend[],
): SealedEvent[] {
  let previous = prevHash;
  return events.map((event, index) => {
    const revision = firstRevision + index;
    const hash = computeEventHash({
      prevHash: previous,
      streamId,
      revision,
      type: event.type,
      data: event.data,
      actor: event.metadata.actor,
      recordedAt: event.metadata.recordedAt,
    });
    const sealed: SealedEvent = {
      eventId: event.eventId,
      type: event.type,
      data: event.data,
      revision,
      metadata: { ...event.metadata, eventId: event.eventId, prevHash: previous, hash },
    };
    previous = hash;
    return sealed;
  });
}

export interface ChainProblem {
  revision: number;
  problem: string;
}

export interface ChainVerification {
  valid: boolean;
  problems: ChainProblem[];
}

/**
 * Checks one stream's events one at a time, in the order they are read, so a whole store can be
 * verified in a single pass over `$all` without holding any stream in memory.
 */
export class StreamChainVerifier {
  private nextRevision = 0;
  private previousHash = GENESIS_HASH;

  check(event: RecordedEvent): ChainProblem[] {
    const problems: ChainProblem[] = [];
    if (event.revision !== this.nextRevision) {
      problems.push({
        revision: event.revision,
        problem: `expected revision ${this.nextRevision}: an event is missing or out of order`,
      });
    }
    if (event.metadata.prevHash !== this.previousHash) {
      problems.push({ revision: event.revision, problem: 'prevHash does not match the previous event' });
    }
    const expected = computeEventHash({
      prevHash: event.metadata.prevHash,
      streamId: event.streamId,
      revision: event.revision,
      type: event.type,
      data: event.data,
      actor: event.metadata.actor,
      recordedAt: event.metadata.recordedAt,
    });
    if (expected !== event.metadata.hash) {
      problems.push({ revision: event.revision, problem: 'hash does not match the content: the event was altered' });
    }
    // Resynchronise on what was read, so one missing event is one problem, not one per later event.
    this.nextRevision = event.revision + 1;
    this.previousHash = event.metadata.hash;
    return problems;
  }
}

/**
 * Recomputes the chain of one stream read forwards from revision 0. Altered content, a removed,
 * inserted or reordered event, or a forged first link each show as a problem at its revision.
 */
export function verifyChain(events: readonly RecordedEvent[]): ChainVerification {
  const verifier = new StreamChainVerifier();
  const problems = events.flatMap((event) => verifier.check(event));
  return { valid: problems.length === 0, problems };
}
