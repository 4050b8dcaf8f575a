import { DEFAULT_FRAUD_THRESHOLDS, type FraudThresholds } from '@quickclaim/evidence';
import { readPiece, wholeNumber, type Environment } from '@quickclaim/platform/config/piece';
import { z } from 'zod';

const defaults = DEFAULT_FRAUD_THRESHOLDS;

const schema = z
  .object({
    FRAUD_EXIF_TIME_TOLERANCE_MINUTES: wholeNumber(
      'FRAUD_EXIF_TIME_TOLERANCE_MINUTES',
      defaults.exifTimeToleranceMinutes,
    ),
    FRAUD_EXIF_DISTANCE_TOLERANCE_METERS: wholeNumber(
      'FRAUD_EXIF_DISTANCE_TOLERANCE_METERS',
      defaults.exifDistanceToleranceMeters,
    ),
    FRAUD_SIMILAR_PHOTO_MAX_DISTANCE: wholeNumber(
      'FRAUD_SIMILAR_PHOTO_MAX_DISTANCE',
      defaults.similarPhotoMaxDistance,
    ).refine((distance) => distance <= 7, { error: 'FRAUD_SIMILAR_PHOTO_MAX_DISTANCE must be at most 7' }),
    FRAUD_LATE_REPORT_MINUTES: wholeNumber('FRAUD_LATE_REPORT_MINUTES', defaults.lateReportMinutes),
    FRAUD_REPEAT_PLATE_CASES: wholeNumber('FRAUD_REPEAT_PLATE_CASES', defaults.repeatPlateCases),
    FRAUD_REPEAT_PLATE_WINDOW_DAYS: wholeNumber('FRAUD_REPEAT_PLATE_WINDOW_DAYS', defaults.repeatPlateWindowDays),
    FRAUD_REPEAT_PAIR_WINDOW_DAYS: wholeNumber('FRAUD_REPEAT_PAIR_WINDOW_DAYS', defaults.repeatPairWindowDays),
  })
  .transform((variables): FraudThresholds => ({
    exifTimeToleranceMinutes: variables.FRAUD_EXIF_TIME_TOLERANCE_MINUTES,
    exifDistanceToleranceMeters: variables.FRAUD_EXIF_DISTANCE_TOLERANCE_METERS,
    similarPhotoMaxDistance: variables.FRAUD_SIMILAR_PHOTO_MAX_DISTANCE,
    lateReportMinutes: variables.FRAUD_LATE_REPORT_MINUTES,
    repeatPlateCases: variables.FRAUD_REPEAT_PLATE_CASES,
    repeatPlateWindowDays: variables.FRAUD_REPEAT_PLATE_WINDOW_DAYS,
    repeatPairWindowDays: variables.FRAUD_REPEAT_PAIR_WINDOW_DAYS,
  }));

/** Thresholds of the fraud signals (docs/fraud-signals.md). */
export function fraudConfig(env: Environment): { fraud: FraudThresholds } {
  return {
    fraud: readPiece(schema, {
      FRAUD_EXIF_TIME_TOLERANCE_MINUTES: env.FRAUD_EXIF_TIME_TOLERANCE_MINUTES,
      FRAUD_EXIF_DISTANCE_TOLERANCE_METERS: env.FRAUD_EXIF_DISTANCE_TOLERANCE_METERS,
      FRAUD_SIMILAR_PHOTO_MAX_DISTANCE: env.FRAUD_SIMILAR_PHOTO_MAX_DISTANCE,
      FRAUD_LATE_REPORT_MINUTES: env.FRAUD_LATE_REPORT_MINUTES,
      FRAUD_REPEAT_PLATE_CASES: env.FRAUD_REPEAT_PLATE_CASES,
      FRAUD_REPEAT_PLATE_WINDOW_DAYS: env.FRAUD_REPEAT_PLATE_WINDOW_DAYS,
      FRAUD_REPEAT_PAIR_WINDOW_DAYS: env.FRAUD_REPEAT_PAIR_WINDOW_DAYS,
    }),
  };
}
