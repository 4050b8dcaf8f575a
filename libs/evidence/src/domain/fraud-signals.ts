/**
 * Signals of fraud (domain.md): flags that hold a case back from straight-through payment and
 * are shown to the officer and the adjuster. They never reject anything.
 */
export type PhotoFlag = 'DUPLICATE_PHOTO' | 'SIMILAR_PHOTO' | 'EXIF_TIME_MISMATCH' | 'EXIF_GPS_MISMATCH' | 'NO_EXIF';
export type CaseFlag = 'LATE_REPORT' | 'REPEAT_PLATE' | 'REPEAT_PAIR';

export interface FraudThresholds {
  /** Capture time further than this from the reported time of the accident. */
  exifTimeToleranceMinutes: number;
  /** Capture position further than this from the reported place. */
  exifDistanceToleranceMeters: number;
  /** Perceptual hashes at most this many bits apart are the same picture. */
  similarPhotoMaxDistance: number;
  /** Reported this long after it happened. */
  lateReportMinutes: number;
  /** A plate in this many cases (this one included) within the window. */
  repeatPlateCases: number;
  repeatPlateWindowDays: number;
  /** The same two plates together again within this window. */
  repeatPairWindowDays: number;
}

export const DEFAULT_FRAUD_THRESHOLDS: FraudThresholds = {
  exifTimeToleranceMinutes: 120,
  exifDistanceToleranceMeters: 1000,
  similarPhotoMaxDistance: 6,
  lateReportMinutes: 24 * 60,
  repeatPlateCases: 3,
  repeatPlateWindowDays: 90,
  repeatPairWindowDays: 365,
};

export interface GeoPoint {
  lat: number;
  lng: number;
}

export interface PhotoFacts {
  takenAt?: string;
  position?: GeoPoint;
  duplicateInOtherCase: boolean;
  similarInOtherCase: boolean;
}

export interface AccidentFacts {
  occurredAt: string;
  location: GeoPoint;
}

export function photoFlags(photo: PhotoFacts, accident: AccidentFacts, thresholds: FraudThresholds): PhotoFlag[] {
  const flags: PhotoFlag[] = [];
  if (photo.duplicateInOtherCase) flags.push('DUPLICATE_PHOTO');
  if (photo.similarInOtherCase && !photo.duplicateInOtherCase) flags.push('SIMILAR_PHOTO');
  if (!photo.takenAt && !photo.position) flags.push('NO_EXIF');
  if (photo.takenAt) {
    const minutesApart = Math.abs(Date.parse(photo.takenAt) - Date.parse(accident.occurredAt)) / 60_000;
    if (minutesApart > thresholds.exifTimeToleranceMinutes) flags.push('EXIF_TIME_MISMATCH');
  }
  if (photo.position && distanceMeters(photo.position, accident.location) > thresholds.exifDistanceToleranceMeters) {
    flags.push('EXIF_GPS_MISMATCH');
  }
  return flags;
}

export function isLateReport(occurredAt: string, reportedAt: string, thresholds: FraudThresholds): boolean {
  return (Date.parse(reportedAt) - Date.parse(occurredAt)) / 60_000 > thresholds.lateReportMinutes;
}

/** `earlierCases`: when each other case with this plate was reported. */
export function isRepeatPlate(
  earlierCases: readonly string[],
  reportedAt: string,
  thresholds: FraudThresholds,
): boolean {
  const since = Date.parse(reportedAt) - thresholds.repeatPlateWindowDays * 86_400_000;
  return earlierCases.filter((at) => Date.parse(at) >= since).length + 1 >= thresholds.repeatPlateCases;
}

export function isRepeatPair(
  earlierCases: readonly string[],
  reportedAt: string,
  thresholds: FraudThresholds,
): boolean {
  const since = Date.parse(reportedAt) - thresholds.repeatPairWindowDays * 86_400_000;
  return earlierCases.some((at) => Date.parse(at) >= since);
}

/** Great-circle distance (haversine) in metres. */
export function distanceMeters(from: GeoPoint, to: GeoPoint): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(to.lat - from.lat);
  const dLng = radians(to.lng - from.lng);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(radians(from.lat)) * Math.cos(radians(to.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(a)));
}
