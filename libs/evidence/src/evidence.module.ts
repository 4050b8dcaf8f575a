import { Module, type DynamicModule } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { READ_STORE, type ReadStore } from '@quickclaim/platform';
import type { FraudThresholds } from './domain/fraud-signals';
import { FRAUD_INDEXES, FraudIndexes } from './fraud-signals/fraud-indexes';
import { FRAUD_THRESHOLDS, FraudSignals } from './fraud-signals/fraud-signals.service';
import { PhotoAdmission, PhotoAdmissionInterceptor } from './photo-admission';
import { PhotoPipeline } from './photo-pipeline';

export interface EvidenceSettings {
  fraud: FraudThresholds;
  /** Zone of EXIF capture times that carry no offset. */
  timeZone: string;
  /** MAX_UPLOAD_BYTES: the largest photo an upload may carry (413 beyond). */
  maxUploadBytes: number;
}

/**
 * The photo pipeline, its bounded queue (PHOTO_QUEUE_SETTINGS comes from the application) and the
 * fraud signals, for every context that takes evidence.
 */
@Module({})
export class EvidenceModule {
  static register(settings: EvidenceSettings): DynamicModule {
    // The upload's parser, for whichever context's route takes a photo.
    const uploads = MulterModule.register({
      limits: { fileSize: settings.maxUploadBytes, files: 1, fields: 4, parts: 6, fieldSize: 1024 },
    });
    return {
      module: EvidenceModule,
      global: true,
      imports: [uploads],
      providers: [
        { provide: FRAUD_THRESHOLDS, useValue: settings.fraud },
        {
          provide: FRAUD_INDEXES,
          inject: [READ_STORE],
          useFactory: (store: ReadStore) => new FraudIndexes(store, settings.fraud.similarPhotoMaxDistance),
        },
        { provide: PhotoPipeline, useFactory: () => new PhotoPipeline(settings.timeZone) },
        FraudSignals,
        PhotoAdmission,
        PhotoAdmissionInterceptor,
      ],
      exports: [uploads, FRAUD_INDEXES, PhotoPipeline, FraudSignals, PhotoAdmission, PhotoAdmissionInterceptor],
    };
  }
}
