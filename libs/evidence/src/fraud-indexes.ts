import type { ProjectionHandler, RecordedEvent } from '@quickclaim/platform';
import { SimilarPhotoIndex, type SimilarPhoto } from './domain/similar-photo-index';

export const FRAUD_INDEXES = Symbol('FRAUD_INDEXES');

/** Plates are compared without spaces, dots or dashes, in upper case. */
export function normalisePlate(plate: string): string {
  return plate.replace(/[\s·.-]/g, '').toUpperCase();
}

const pairKey = (left: string, right: string) => [normalisePlate(left), normalisePlate(right)].sort().join('|');

interface ReportedData {
  reportedAt: string;
  reporter: { plate: string };
}

interface JoinedData {
  driver: { plate: string };
}

interface PhotoData {
  photoId: string;
  sha256: string;
  perceptualHash?: string;
}

/**
 * The cross-case indexes fraud signals need, fed from `$all` like every read model: photos by
 * SHA-256 and by perceptual hash, cases by plate and by pair of plates, each with its report time.
 */
export class FraudIndexes implements ProjectionHandler {
  readonly name = 'fraud-indexes';
  private position = -1;
  private readonly casesBySha = new Map<string, Set<string>>();
  private readonly similar: SimilarPhotoIndex;
  private readonly casesByPlate = new Map<string, Map<string, string>>();
  private readonly casesByPair = new Map<string, Map<string, string>>();
  private readonly cases = new Map<string, { plateA: string; reportedAt: string }>();

  constructor(similarPhotoMaxDistance: number) {
    this.similar = new SimilarPhotoIndex(similarPhotoMaxDistance);
  }

  checkpoint(): number {
    return this.position;
  }

  apply(event: RecordedEvent): void {
    if (event.position <= this.position) return;
    this.position = event.position;
    if (!event.streamId.startsWith('case-')) return;
    const caseId = event.streamId.slice('case-'.length);
    switch (event.type) {
      case 'AccidentReported': {
        const data = event.data as unknown as ReportedData;
        this.cases.set(caseId, { plateA: data.reporter.plate, reportedAt: data.reportedAt });
        fileUnder(this.casesByPlate, normalisePlate(data.reporter.plate), caseId, data.reportedAt);
        return;
      }
      case 'PartyJoined': {
        const known = this.cases.get(caseId);
        if (!known) return;
        const plateB = (event.data as unknown as JoinedData).driver.plate;
        fileUnder(this.casesByPlate, normalisePlate(plateB), caseId, known.reportedAt);
        fileUnder(this.casesByPair, pairKey(known.plateA, plateB), caseId, known.reportedAt);
        return;
      }
      case 'PhotoAttached': {
        const data = event.data as unknown as PhotoData;
        const cases = this.casesBySha.get(data.sha256) ?? new Set<string>();
        cases.add(caseId);
        this.casesBySha.set(data.sha256, cases);
        if (data.perceptualHash) this.similar.add({ photoId: data.photoId, caseId, hash: data.perceptualHash });
        return;
      }
      default:
        return;
    }
  }

  /** Is a photo with these bytes attached to another case? */
  isDuplicateElsewhere(sha256: string, caseId: string): boolean {
    return [...(this.casesBySha.get(sha256) ?? [])].some((other) => other !== caseId);
  }

  similarElsewhere(perceptualHash: string, caseId: string): SimilarPhoto[] {
    return this.similar.similarTo(perceptualHash, caseId);
  }

  /** Report times of the other cases this plate was in. */
  otherCasesWithPlate(plate: string, caseId: string): string[] {
    return reportTimes(this.casesByPlate.get(normalisePlate(plate)), caseId);
  }

  otherCasesWithPair(plate: string, otherPlate: string, caseId: string): string[] {
    return reportTimes(this.casesByPair.get(pairKey(plate, otherPlate)), caseId);
  }
}

function fileUnder(index: Map<string, Map<string, string>>, key: string, caseId: string, reportedAt: string): void {
  const cases = index.get(key) ?? new Map<string, string>();
  cases.set(caseId, reportedAt);
  index.set(key, cases);
}

function reportTimes(cases: Map<string, string> | undefined, caseId: string): string[] {
  return [...(cases ?? new Map<string, string>()).entries()].filter(([other]) => other !== caseId).map(([, at]) => at);
}
