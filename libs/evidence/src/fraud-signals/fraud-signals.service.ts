import { Inject, Injectable } from '@nestjs/common';
import {
  districtMismatch,
  lateReport,
  photoSignals,
  repeatPair,
  repeatPlate,
  type CaseFlag,
  type DetailOf,
  type DistrictArea,
  type FraudThresholds,
  type GeoPoint,
  type PhotoFlag,
  type Signals,
} from '../domain/fraud-signals';
import type { ProcessedPhoto } from '../photo-pipeline';
import { FRAUD_INDEXES, type FraudIndexes } from './fraud-indexes';

export const FRAUD_THRESHOLDS = Symbol('FRAUD_THRESHOLDS');

/** The place a case is reported at, and the district it names when that district is known. */
export interface ReportedPlace {
  location: GeoPoint;
  district: DistrictArea | null;
}

/** Puts the fraud rules (pure) together with the cross-case indexes (a read model). */
@Injectable()
export class FraudSignals {
  constructor(
    @Inject(FRAUD_INDEXES) private readonly indexes: FraudIndexes,
    @Inject(FRAUD_THRESHOLDS) private readonly thresholds: FraudThresholds,
  ) {}

  async forReport(
    caseId: string,
    occurredAt: string,
    plate: string,
    now: string,
    place?: ReportedPlace,
  ): Promise<Signals<CaseFlag>> {
    return signalsOf([
      lateReport(occurredAt, now, this.thresholds),
      repeatPlate(plate, await this.indexes.otherCasesWithPlate(plate, caseId), now, this.thresholds),
      place?.district ? districtMismatch(place.location, place.district) : null,
    ]);
  }

  /** `plateOfA`: the reporter's plate, when the case is known. */
  async forJoin(caseId: string, plateOfA: string | undefined, plate: string, now: string): Promise<Signals<CaseFlag>> {
    return signalsOf([
      repeatPlate(plate, await this.indexes.otherCasesWithPlate(plate, caseId), now, this.thresholds),
      plateOfA
        ? repeatPair(await this.indexes.otherCasesWithPair(plateOfA, plate, caseId), now, this.thresholds)
        : null,
    ]);
  }

  async forPhoto(
    caseId: string,
    accident: { occurredAt: string; location: GeoPoint },
    photo: ProcessedPhoto,
  ): Promise<Signals<PhotoFlag>> {
    const duplicateOf = (await this.indexes.duplicatesElsewhere(photo.sha256, caseId))[0];
    const similarTo = duplicateOf ? undefined : (await this.indexes.similarElsewhere(photo.perceptualHash, caseId))[0];
    return photoSignals(
      {
        ...(photo.takenAt ? { takenAt: photo.takenAt } : {}),
        ...(photo.position ? { position: photo.position } : {}),
        ...(duplicateOf ? { duplicateOf } : {}),
        ...(similarTo ? { similarTo } : {}),
      },
      accident,
      this.thresholds,
    );
  }
}

function signalsOf(found: (DetailOf<CaseFlag> | null)[]): Signals<CaseFlag> {
  const details = found.filter((detail) => detail !== null);
  return { flags: details.map((detail) => detail.flag), details };
}
