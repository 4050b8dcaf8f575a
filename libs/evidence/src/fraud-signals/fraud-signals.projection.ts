import type { ReadDocument, ReadModelSchema, RecordedEvent } from '@quickclaim/platform';
import { alreadyApplied, idInStream, type DocumentChange, type Projection } from '@quickclaim/platform/eventsourcing';
import { hashWords } from '../domain/perceptual-hash';

/** Plates are compared without spaces, dots or dashes, in upper case. */
export function normalisePlate(plate: string): string {
  return plate.replace(/[\s·.-]/g, '').toUpperCase();
}

export const pairKey = (left: string, right: string): string =>
  [normalisePlate(left), normalisePlate(right)].sort().join('|');

/** A case's plates and the pair they form, with its report time: for REPEAT_PLATE and REPEAT_PAIR. */
export interface FraudCaseDocument extends ReadDocument {
  plates: string[];
  pair: string | null;
  reportedAt: string;
}

/**
 * A photo's SHA-256 (DUPLICATE_PHOTO) and perceptual hash, the latter also as its four 16-bit
 * words, each indexed: a similar-photo lookup probes each word's near values (multi-index hashing)
 * instead of comparing every stored hash.
 */
export interface FraudPhotoDocument extends ReadDocument {
  caseId: string;
  sha256: string;
  hash: string | null;
  w0: number | null;
  w1: number | null;
  w2: number | null;
  w3: number | null;
}

export const FRAUD_SIGNALS_SCHEMA: ReadModelSchema = {
  projection: 'fraud-signals',
  version: 1,
  collections: [
    // Looked up by equality only: hashed indexes cost least to keep up (plates is an array, which
    // MongoDB cannot hash).
    { name: 'cases', indexes: [{ keys: { plates: 1 } }, { keys: { pair: 'hashed' } }] },
    {
      name: 'photos',
      indexes: [
        { keys: { sha256: 'hashed' } },
        { keys: { w0: 'hashed' } },
        { keys: { w1: 'hashed' } },
        { keys: { w2: 'hashed' } },
        { keys: { w3: 'hashed' } },
      ],
    },
  ],
};

export const FRAUD_CASES = { projection: FRAUD_SIGNALS_SCHEMA.projection, collection: 'cases' };
export const FRAUD_PHOTOS = { projection: FRAUD_SIGNALS_SCHEMA.projection, collection: 'photos' };

/** Pure: a case's entry from its report and from party B joining. */
export function evolveFraudCase(document: FraudCaseDocument | null, event: RecordedEvent): FraudCaseDocument | null {
  const caseId = idInStream(event.streamId, 'case-');
  if (caseId === null || alreadyApplied(document, event)) return document;
  if (event.type === 'AccidentReported') {
    const data = event.data as { reportedAt: string; reporter: { plate: string } };
    return {
      _id: caseId,
      lastPosition: event.position,
      plates: [normalisePlate(data.reporter.plate)],
      pair: null,
      reportedAt: data.reportedAt,
    };
  }
  if (event.type === 'PartyJoined' && document) {
    const plateB = normalisePlate((event.data as { driver: { plate: string } }).driver.plate);
    const plateA = document.plates[0]!;
    return {
      ...document,
      lastPosition: event.position,
      plates: [...new Set([plateA, plateB])],
      pair: pairKey(plateA, plateB),
    };
  }
  return document;
}

/** Pure: a photo's entry from its attachment. */
export function evolveFraudPhoto(document: FraudPhotoDocument | null, event: RecordedEvent): FraudPhotoDocument | null {
  const caseId = idInStream(event.streamId, 'case-');
  if (caseId === null || event.type !== 'PhotoAttached' || alreadyApplied(document, event)) return document;
  const data = event.data as { photoId: string; sha256: string; perceptualHash?: string };
  const words =
    data.perceptualHash && /^[0-9a-f]{16}$/.test(data.perceptualHash) ? hashWords(data.perceptualHash) : null;
  return {
    _id: data.photoId,
    lastPosition: event.position,
    caseId,
    sha256: data.sha256,
    hash: words ? data.perceptualHash! : null,
    w0: words?.[0] ?? null,
    w1: words?.[1] ?? null,
    w2: words?.[2] ?? null,
    w3: words?.[3] ?? null,
  };
}

function keyOf(event: RecordedEvent): { collection: 'cases' | 'photos'; id: string } | null {
  const caseId = idInStream(event.streamId, 'case-');
  if (caseId === null) return null;
  switch (event.type) {
    case 'AccidentReported':
    case 'PartyJoined':
      return { collection: 'cases', id: caseId };
    case 'PhotoAttached': {
      const photoId = (event.data as { photoId?: unknown }).photoId;
      return typeof photoId === 'string' ? { collection: 'photos', id: photoId } : null;
    }
    default:
      return null;
  }
}

/** The cross-case indexes fraud signals need, fed from `$all` like every read model. */
export const fraudSignalsProjection: Projection = {
  name: FRAUD_SIGNALS_SCHEMA.projection,
  schema: FRAUD_SIGNALS_SCHEMA,
  keysOf(event) {
    const key = keyOf(event);
    return key ? [key] : [];
  },
  apply(event, read): DocumentChange[] {
    const key = keyOf(event);
    if (!key) return [];
    const before = read(key.collection, key.id);
    const after =
      key.collection === 'cases'
        ? evolveFraudCase(before as FraudCaseDocument | null, event)
        : evolveFraudPhoto(before as FraudPhotoDocument | null, event);
    return after === before ? [] : [{ ...key, document: after }];
  },
};
