import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { Clock } from '../ports/clock.port';
import type { IdGenerator } from '../ports/id-generator.port';
import type { EventStore, RecordedEvent } from '../ports/event-store.port';
import { ConcurrencyError } from '../ports/event-store.errors';
import type { IntegrityProblem, RecordedHeads, StreamHead } from './event-store-audit';
import { canonicalJson, StreamChainVerifier } from './hash-chain';

/** Where the platform keeps the checkpoints it signed: a stream like any other, chained and published. */
export const AUDIT_CHECKPOINT_STREAM = 'audit-checkpoints';
export const AUDIT_CHECKPOINT_SIGNED = 'AuditCheckpointSigned';

/** What is signed: the head of every stream up to a position of `$all` (ADR 34). */
export interface CheckpointBody {
  version: 1;
  signedAt: string;
  /** Every event at or before this position is covered. */
  position: number;
  streams: number;
  events: number;
  /** Runs of positions already missing when it was signed (stores with dense positions only). */
  missingPositions: [number, number][];
  heads: Record<string, StreamHead>;
}

export interface SignedCheckpoint {
  checkpoint: CheckpointBody;
  /** Ed25519 over the canonical JSON of `checkpoint`, base64. */
  signature: string;
  /** SHA-256 of the public key (DER, SPKI), hex: what an insurer compares with the key it trusts. */
  keyId: string;
  /** The public key, PEM (SPKI). */
  publicKey: string;
}

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

export function signCheckpoint(checkpoint: CheckpointBody, privateKey: KeyObject): SignedCheckpoint {
  const publicKey = createPublicKey(privateKey);
  return {
    checkpoint,
    signature: sign(null, Buffer.from(canonicalJson(checkpoint)), privateKey).toString('base64'),
    keyId: keyIdOf(publicKey),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/**
 * Checks the signature with the key the caller trusts, or, without one, with the key the
 * checkpoint names (then only its key id proves who signed it).
 */
export function checkpointSignatureProblem(signed: SignedCheckpoint, trusted?: KeyObject | null): string | null {
  let key: KeyObject;
  try {
    key = trusted ?? createPublicKey(signed.publicKey);
  } catch {
    return 'the checkpoint names no readable public key';
  }
  if (trusted && keyIdOf(trusted) !== signed.keyId) {
    return `the checkpoint was signed by key ${signed.keyId}, not by the trusted key ${keyIdOf(trusted)}`;
  }
  try {
    const valid = verify(
      null,
      Buffer.from(canonicalJson(signed.checkpoint)),
      key,
      Buffer.from(signed.signature, 'base64'),
    );
    return valid ? null : 'the signature does not match the checkpoint: it was altered or signed by another key';
  } catch {
    return 'the signature could not be checked';
  }
}

/** Reads a checkpoint from JSON (a file, a bus message), or says what is wrong with it. */
export function parseSignedCheckpoint(value: unknown): SignedCheckpoint | string {
  const candidate = value as Partial<SignedCheckpoint> | null;
  const body = candidate?.checkpoint as Partial<CheckpointBody> | undefined;
  if (
    !candidate ||
    typeof candidate.signature !== 'string' ||
    typeof candidate.keyId !== 'string' ||
    typeof candidate.publicKey !== 'string' ||
    !body ||
    body.version !== 1 ||
    typeof body.position !== 'number' ||
    typeof body.signedAt !== 'string' ||
    !Array.isArray(body.missingPositions) ||
    typeof body.heads !== 'object' ||
    body.heads === null
  ) {
    return 'not a QuickClaim audit checkpoint';
  }
  return candidate as SignedCheckpoint;
}

/** The newest checkpoint in the store, as signed, or null. */
export async function latestCheckpoint(store: EventStore): Promise<SignedCheckpoint | null> {
  const [last] = await store.readStream(AUDIT_CHECKPOINT_STREAM, {
    direction: 'backwards',
    maxCount: 1,
    fromStorage: true,
  });
  if (!last) return null;
  const parsed = parseSignedCheckpoint(last.data);
  return typeof parsed === 'string' ? null : parsed;
}

/** A checkpoint as the heads an audit of some streams compares their ends with. */
export function recordedHeadsOf(signed: SignedCheckpoint): RecordedHeads {
  return {
    label: `the checkpoint of ${signed.checkpoint.signedAt}`,
    position: signed.checkpoint.position,
    heads: signed.checkpoint.heads,
    missingPositions: signed.checkpoint.missingPositions,
  };
}

/**
 * The heads of every stream up to the store's head: carried on from the previous checkpoint
 * (read only what came after it) or, without one, from the whole of `$all`.
 */
export async function collectHeads(
  store: EventStore,
  previous: CheckpointBody | null,
  signedAt: string,
): Promise<CheckpointBody> {
  const heads: Record<string, StreamHead> = { ...(previous?.heads ?? {}) };
  const issued = (await store.issuedPositions?.()) ?? null;
  const missing: [number, number][] = [...(previous?.missingPositions ?? [])];
  let events = previous?.events ?? 0;
  let after = previous ? previous.position : issued ? issued.first - 1 : -1;
  const head = await store.headPosition();
  while (after < head) {
    const batch = await store.readAll({ after, maxCount: 1000 });
    if (batch.length === 0) break;
    for (const event of batch) {
      if (event.position > head) break;
      if (issued && event.position > after + 1) missing.push([after + 1, event.position - 1]);
      heads[event.streamId] = { revision: event.revision, position: event.position, hash: event.metadata.hash };
      events += 1;
      after = event.position;
    }
  }
  return {
    version: 1,
    signedAt,
    position: Math.max(after, previous?.position ?? -1),
    streams: Object.keys(heads).length,
    events,
    missingPositions: missing,
    heads,
  };
}

export interface CheckpointSigner {
  privateKey: KeyObject;
  clock: Clock;
  ids: IdGenerator;
}

/**
 * Signs the heads of every stream and appends the checkpoint to its own stream, from where the
 * relay publishes it. Nothing new since the last one: the last one is answered.
 */
export async function takeCheckpoint(store: EventStore, signer: CheckpointSigner): Promise<SignedCheckpoint> {
  for (let attempt = 0; ; attempt += 1) {
    const [lastEvent] = await store.readStream(AUDIT_CHECKPOINT_STREAM, { direction: 'backwards', maxCount: 1 });
    const previous = lastEvent ? parseSignedCheckpoint(lastEvent.data) : null;
    const trustedPrevious =
      previous && typeof previous !== 'string' && checkpointSignatureProblem(previous, publicOf(signer)) === null
        ? previous
        : null;
    if (lastEvent && trustedPrevious && (await store.headPosition()) === lastEvent.position) return trustedPrevious;
    const now = signer.clock.now().toISOString();
    const body = await collectHeads(store, trustedPrevious?.checkpoint ?? null, now);
    const signed = signCheckpoint(body, signer.privateKey);
    try {
      await store.append(
        AUDIT_CHECKPOINT_STREAM,
        [
          {
            eventId: signer.ids.uuid(),
            type: AUDIT_CHECKPOINT_SIGNED,
            data: signed as unknown as Record<string, unknown>,
            metadata: {
              correlationId: `audit-checkpoint-${now}`,
              causationId: `audit-checkpoint-${now}`,
              actor: { sub: 'system:audit', role: 'system' },
              recordedAt: now,
              schemaVersion: 1,
            },
          },
        ],
        { expectedRevision: lastEvent ? lastEvent.revision : 'no_stream' },
      );
      return signed;
    } catch (error) {
      // Another instance signed at the same moment: sign again on top of its checkpoint.
      if (!(error instanceof ConcurrencyError) || attempt >= 2) throw error;
    }
  }
}

const publicOf = (signer: CheckpointSigner) => createPublicKey(signer.privateKey);

/**
 * Proves that nothing at or before a checkpoint changed: every stream's chain up to the head it
 * recorded, that head's hash, no stream it did not know, and no position missing that was not
 * missing then.
 */
export async function verifyAgainstCheckpoint(
  store: EventStore,
  checkpoint: CheckpointBody,
): Promise<{ events: number; streams: number; problems: IntegrityProblem[] }> {
  const problems: IntegrityProblem[] = [];
  const verifiers = new Map<string, StreamChainVerifier>();
  const lastSeen = new Map<string, RecordedEvent>();
  const issued = (await store.issuedPositions?.()) ?? null;
  const alreadyMissing = (position: number) =>
    checkpoint.missingPositions.some(([from, to]) => position >= from && position <= to);
  let after = issued ? issued.first - 1 : -1;
  let events = 0;
  const gap = (from: number, to: number) => {
    for (let position = from; position <= to; position += 1) {
      if (alreadyMissing(position)) continue;
      let end = position;
      while (end + 1 <= to && !alreadyMissing(end + 1)) end += 1;
      const which = position === end ? `position ${position} is` : `positions ${position}–${end} are`;
      problems.push({
        kind: 'missing',
        streamId: '$all',
        position,
        problem: `${which} missing: deleted after the checkpoint was signed`,
      });
      position = end;
    }
  };
  for (;;) {
    const batch = await store.readAll({ after, maxCount: 1000 });
    const covered = batch.filter((event) => event.position <= checkpoint.position);
    for (const event of covered) {
      if (issued && event.position > after + 1) gap(after + 1, event.position - 1);
      after = event.position;
      events += 1;
      let verifier = verifiers.get(event.streamId);
      if (!verifier) {
        verifier = new StreamChainVerifier();
        verifiers.set(event.streamId, verifier);
      }
      for (const problem of verifier.check(event)) {
        problems.push({ kind: 'chain', streamId: event.streamId, position: event.position, ...problem });
      }
      lastSeen.set(event.streamId, event);
    }
    if (covered.length < batch.length || batch.length === 0) break;
  }
  if (issued && checkpoint.position > after) gap(after + 1, checkpoint.position);
  for (const [streamId, head] of Object.entries(checkpoint.heads)) {
    const last = lastSeen.get(streamId);
    if (!last || last.revision < head.revision) {
      problems.push({
        kind: 'missing',
        streamId,
        revision: head.revision,
        position: head.position,
        problem: `the checkpoint recorded revision ${head.revision}, the store ends at ${last ? `revision ${last.revision}` : 'nothing'}: events were deleted`,
      });
    } else if (last.revision > head.revision || last.metadata.hash !== head.hash) {
      problems.push({
        kind: 'chain',
        streamId,
        revision: head.revision,
        position: last.position,
        problem: 'the stream differs from the head the checkpoint recorded: it was rewritten',
      });
    }
  }
  for (const [streamId, last] of lastSeen) {
    if (!checkpoint.heads[streamId]) {
      problems.push({
        kind: 'chain',
        streamId,
        revision: last.revision,
        position: last.position,
        problem: 'the checkpoint knew no such stream: its events were inserted before it',
      });
    }
  }
  return { events, streams: lastSeen.size, problems };
}
