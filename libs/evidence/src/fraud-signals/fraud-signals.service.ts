import { Inject, Injectable } from '@nestjs/common';
import {
  isLateReport,
  isRepeatPair,
  isRepeatPlate,
  photoFlags,
  type CaseFlag,
  type FraudThresholds,
  type PhotoFlag,
} from '../domain/fraud-signals';
import type { ProcessedPhoto } from '../photo-pipeline';
import { FRAUD_INDEXES, type FraudIndexes } from './fraud-indexes';

export const FRAUD_THRESHOLDS = Symbol('FRAUD_THRESHOLDS');

/** Puts the fraud rules (pure) together with the cross-case indexes (a read model). */
@Injectable()
export class FraudSignals {
  constructor(
    @Inject(FRAUD_INDEXES) private readonly indexes: FraudIndexes,
    @Inject(FRAUD_THRESHOLDS) private readonly thresholds: FraudThresholds,
  ) {}

  async forReport(caseId: string, occurredAt: string, plate: string, now: string): Promise<CaseFlag[]> {
    const flags: CaseFlag[] = [];
    if (isLateReport(occurredAt, now, this.thresholds)) flags.push('LATE_REPORT');
    if (isRepeatPlate(await this.indexes.otherCasesWithPlate(plate, caseId), now, this.thresholds))
      flags.push('REPEAT_PLATE');
    return flags;
  }

  /** `plateOfA`: the reporter's plate, when the case is known. */
  async forJoin(caseId: string, plateOfA: string | undefined, plate: string, now: string): Promise<CaseFlag[]> {
    const flags: CaseFlag[] = [];
    if (isRepeatPlate(await this.indexes.otherCasesWithPlate(plate, caseId), now, this.thresholds))
      flags.push('REPEAT_PLATE');
    if (
      plateOfA &&
      isRepeatPair(await this.indexes.otherCasesWithPair(plateOfA, plate, caseId), now, this.thresholds)
    ) {
      flags.push('REPEAT_PAIR');
    }
    return flags;
  }

  async forPhoto(
    caseId: string,
    accident: { occurredAt: string; location: { lat: number; lng: number } },
    photo: ProcessedPhoto,
  ): Promise<PhotoFlag[]> {
    return photoFlags(
      {
        ...(photo.takenAt ? { takenAt: photo.takenAt } : {}),
        ...(photo.position ? { position: photo.position } : {}),
        duplicateInOtherCase: await this.indexes.isDuplicateElsewhere(photo.sha256, caseId),
        similarInOtherCase: (await this.indexes.similarElsewhere(photo.perceptualHash, caseId)).length > 0,
      },
      accident,
      this.thresholds,
    );
  }
}
