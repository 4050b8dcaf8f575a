import { Inject, Injectable } from '@nestjs/common';
import type { CaseViewState as CaseState } from '@quickclaim/accident-case';
import {
  FRAUD_INDEXES,
  isLateReport,
  isRepeatPair,
  isRepeatPlate,
  photoFlags,
  type CaseFlag,
  type FraudIndexes,
  type PhotoFlag,
  type ProcessedPhoto,
} from '@quickclaim/evidence';
import type { AppConfig } from '../config';
import { APP_CONFIG } from '../tokens';

/** Puts the fraud rules (pure) together with the cross-case indexes (a read model). */
@Injectable()
export class FraudSignals {
  constructor(
    @Inject(FRAUD_INDEXES) private readonly indexes: FraudIndexes,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async forReport(caseId: string, occurredAt: string, plate: string, now: string): Promise<CaseFlag[]> {
    const flags: CaseFlag[] = [];
    if (isLateReport(occurredAt, now, this.config.fraud)) flags.push('LATE_REPORT');
    if (isRepeatPlate(await this.indexes.otherCasesWithPlate(plate, caseId), now, this.config.fraud))
      flags.push('REPEAT_PLATE');
    return flags;
  }

  async forJoin(caseId: string, state: CaseState, plate: string, now: string): Promise<CaseFlag[]> {
    const flags: CaseFlag[] = [];
    if (isRepeatPlate(await this.indexes.otherCasesWithPlate(plate, caseId), now, this.config.fraud))
      flags.push('REPEAT_PLATE');
    const plateA = state.parties.A?.plate;
    if (plateA && isRepeatPair(await this.indexes.otherCasesWithPair(plateA, plate, caseId), now, this.config.fraud)) {
      flags.push('REPEAT_PAIR');
    }
    return flags;
  }

  async forPhoto(caseId: string, state: CaseState, photo: ProcessedPhoto): Promise<PhotoFlag[]> {
    return photoFlags(
      {
        ...(photo.takenAt ? { takenAt: photo.takenAt } : {}),
        ...(photo.position ? { position: photo.position } : {}),
        duplicateInOtherCase: await this.indexes.isDuplicateElsewhere(photo.sha256, caseId),
        similarInOtherCase: (await this.indexes.similarElsewhere(photo.perceptualHash, caseId)).length > 0,
      },
      { occurredAt: state.occurredAt, location: state.location ?? { lat: 0, lng: 0 } },
      this.config.fraud,
    );
  }
}
