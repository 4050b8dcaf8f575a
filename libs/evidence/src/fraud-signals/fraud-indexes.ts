import type { Filter, ReadStore } from '@quickclaim/platform';
import { hashWords, popcount16 } from '../domain/perceptual-hash';
import type { EarlierCase, PhotoElsewhere } from '../domain/fraud-signals';
import type { SimilarPhoto } from '../domain/similar-photo';
import {
  FRAUD_CASES,
  FRAUD_PHOTOS,
  FRAUD_SIGNALS_SCHEMA,
  normalisePlate,
  pairKey,
  type FraudCaseDocument,
  type FraudPhotoDocument,
} from './fraud-signals.projection';

export const FRAUD_INDEXES = Symbol('FRAUD_INDEXES');

const WORDS = ['w0', 'w1', 'w2', 'w3'] as const;

/** The fraud-signal queries, answered from the fraud-signals read model's indexes. */
export class FraudIndexes {
  static readonly projection = FRAUD_SIGNALS_SCHEMA.projection;

  constructor(
    private readonly store: ReadStore,
    private readonly similarPhotoMaxDistance: number,
  ) {
    if (similarPhotoMaxDistance > 7) throw new RangeError('The lookup probes at most one bit per word: keep it ≤ 7');
  }

  /** The photos of other cases with these bytes. */
  async duplicatesElsewhere(sha256: string, caseId: string): Promise<PhotoElsewhere[]> {
    const photos = await this.store.find<FraudPhotoDocument>(FRAUD_PHOTOS, { sha256 });
    return photos
      .filter((photo) => photo.caseId !== caseId)
      .map((photo) => ({ caseId: photo.caseId, photoId: photo._id }));
  }

  /**
   * Photos of other cases within the maximum Hamming distance, nearest first. Two hashes within
   * distance d differ by at most ⌊d/4⌋ bits in at least one of their four words, so probing each
   * word's value and its neighbours finds every match without comparing every stored hash.
   */
  async similarElsewhere(perceptualHash: string, caseId: string): Promise<SimilarPhoto[]> {
    const words = hashWords(perceptualHash);
    const radius = Math.floor(this.similarPhotoMaxDistance / 4);
    const filter: Filter = {
      $or: WORDS.map((field, index) => ({ [field]: { $in: neighbours(words[index]!, radius) } })),
    };
    const found: SimilarPhoto[] = [];
    for (const photo of await this.store.find<FraudPhotoDocument>(FRAUD_PHOTOS, filter)) {
      if (photo.caseId === caseId || photo.hash === null) continue;
      const distance =
        popcount16(photo.w0! ^ words[0]) +
        popcount16(photo.w1! ^ words[1]) +
        popcount16(photo.w2! ^ words[2]) +
        popcount16(photo.w3! ^ words[3]);
      if (distance <= this.similarPhotoMaxDistance) {
        found.push({ photoId: photo._id, caseId: photo.caseId, hash: photo.hash, distance });
      }
    }
    return found.sort((left, right) => left.distance - right.distance);
  }

  /** The other cases this plate was in, with their report times. */
  async otherCasesWithPlate(plate: string, caseId: string): Promise<EarlierCase[]> {
    return this.otherCases({ plates: normalisePlate(plate) }, caseId);
  }

  async otherCasesWithPair(plate: string, otherPlate: string, caseId: string): Promise<EarlierCase[]> {
    return this.otherCases({ pair: pairKey(plate, otherPlate) }, caseId);
  }

  private async otherCases(filter: Filter, caseId: string): Promise<EarlierCase[]> {
    const cases = await this.store.find<FraudCaseDocument>(FRAUD_CASES, filter);
    return cases
      .filter((other) => other._id !== caseId)
      .map((other) => ({ caseId: other._id, reportedAt: other.reportedAt }));
  }
}

function neighbours(word: number, radius: number): number[] {
  const probes = [word];
  if (radius >= 1) for (let bit = 0; bit < 16; bit += 1) probes.push(word ^ (1 << bit));
  return probes;
}
