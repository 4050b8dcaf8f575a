/**
 * Signals of fraud (domain.md): flags that hold a case back from straight-through payment and
 * are shown to the officer and the adjuster. They never reject anything.
 */
export type PhotoFlag = 'DUPLICATE_PHOTO' | 'SIMILAR_PHOTO' | 'EXIF_TIME_MISMATCH' | 'EXIF_GPS_MISMATCH' | 'NO_EXIF';
export type CaseFlag = 'LATE_REPORT' | 'REPEAT_PLATE' | 'REPEAT_PAIR' | 'DISTRICT_MISMATCH';
export type FraudFlag = PhotoFlag | CaseFlag;

/**
 * Flags about where the case goes rather than about the loss: shown to the officers (and
 * auditors), not copied into the claims, so they never hold a payment back.
 */
export const DESK_ONLY_FLAGS: readonly CaseFlag[] = ['DISTRICT_MISMATCH'];

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

/** Another case a signal points to, and how many whole days lie between the two reports. */
export type OtherCase = { caseId: string; daysApart: number };

/**
 * What a flag found, recorded beside its code so the officer and the adjuster read which other
 * case and how far, not a bare code. `NO_EXIF` has nothing to add. A photo's details are recorded
 * on the photo; where several photos' details are gathered (a claim), `photoId` says whose.
 */
export type FlagDetail =
  | { flag: 'DUPLICATE_PHOTO'; otherCaseId: string; otherPhotoId: string; photoId?: string }
  | { flag: 'SIMILAR_PHOTO'; otherCaseId: string; otherPhotoId: string; hammingDistance: number; photoId?: string }
  | { flag: 'EXIF_TIME_MISMATCH'; minutesApart: number; photoId?: string }
  | { flag: 'EXIF_GPS_MISMATCH'; distanceMeters: number; photoId?: string }
  | { flag: 'LATE_REPORT'; minutesAfterAccident: number }
  | { flag: 'REPEAT_PLATE'; plate: string; otherCases: OtherCase[] }
  | { flag: 'REPEAT_PAIR'; otherCases: OtherCase[] }
  | { flag: 'DISTRICT_MISMATCH'; district: string; distanceMeters: number; radiusMeters: number };

export type DetailOf<Flag extends FraudFlag> = Extract<FlagDetail, { flag: Flag }>;

/** The flags a check raised, and what each found. */
export interface Signals<Flag extends string> {
  flags: Flag[];
  details: FlagDetail[];
}

/** A photo of another case. */
export type PhotoElsewhere = { caseId: string; photoId: string };

export interface PhotoFacts {
  takenAt?: string;
  position?: GeoPoint;
  /** A photo of another case with the same bytes, if any. */
  duplicateOf?: PhotoElsewhere;
  /** The nearest photo of another case within the Hamming distance, if any. */
  similarTo?: PhotoElsewhere & { distance: number };
}

export interface AccidentFacts {
  occurredAt: string;
  location: GeoPoint;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export function photoSignals(
  photo: PhotoFacts,
  accident: AccidentFacts,
  thresholds: FraudThresholds,
): Signals<PhotoFlag> {
  const signals: Signals<PhotoFlag> = { flags: [], details: [] };
  const raise = (flag: PhotoFlag, detail?: FlagDetail) => {
    signals.flags.push(flag);
    if (detail) signals.details.push(detail);
  };
  if (photo.duplicateOf) {
    const { caseId, photoId } = photo.duplicateOf;
    raise('DUPLICATE_PHOTO', { flag: 'DUPLICATE_PHOTO', otherCaseId: caseId, otherPhotoId: photoId });
  } else if (photo.similarTo) {
    const { caseId, photoId, distance } = photo.similarTo;
    raise('SIMILAR_PHOTO', {
      flag: 'SIMILAR_PHOTO',
      otherCaseId: caseId,
      otherPhotoId: photoId,
      hammingDistance: distance,
    });
  }
  if (!photo.takenAt && !photo.position) raise('NO_EXIF');
  if (photo.takenAt) {
    const minutesApart = Math.abs(minutesBetween(accident.occurredAt, photo.takenAt));
    if (minutesApart > thresholds.exifTimeToleranceMinutes) {
      raise('EXIF_TIME_MISMATCH', { flag: 'EXIF_TIME_MISMATCH', minutesApart: Math.round(minutesApart) });
    }
  }
  if (photo.position) {
    const distance = distanceMeters(photo.position, accident.location);
    if (distance > thresholds.exifDistanceToleranceMeters) {
      raise('EXIF_GPS_MISMATCH', { flag: 'EXIF_GPS_MISMATCH', distanceMeters: Math.round(distance) });
    }
  }
  return signals;
}

/** Minutes from `from` to `to` (negative when `to` is earlier). */
export function minutesBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / MINUTE_MS;
}

export function lateReport(
  occurredAt: string,
  reportedAt: string,
  thresholds: FraudThresholds,
): DetailOf<'LATE_REPORT'> | null {
  const minutesAfterAccident = minutesBetween(occurredAt, reportedAt);
  return minutesAfterAccident > thresholds.lateReportMinutes
    ? { flag: 'LATE_REPORT', minutesAfterAccident: Math.round(minutesAfterAccident) }
    : null;
}

/** Another case, when it was reported. */
export type EarlierCase = { caseId: string; reportedAt: string };

function within(earlierCases: readonly EarlierCase[], reportedAt: string, windowDays: number): OtherCase[] {
  const now = Date.parse(reportedAt);
  return earlierCases
    .filter((other) => Date.parse(other.reportedAt) >= now - windowDays * DAY_MS)
    .map((other) => ({ caseId: other.caseId, daysApart: Math.floor((now - Date.parse(other.reportedAt)) / DAY_MS) }))
    .sort((left, right) => left.daysApart - right.daysApart);
}

/** `earlierCases`: the other cases with this plate. */
export function repeatPlate(
  plate: string,
  earlierCases: readonly EarlierCase[],
  reportedAt: string,
  thresholds: FraudThresholds,
): DetailOf<'REPEAT_PLATE'> | null {
  const otherCases = within(earlierCases, reportedAt, thresholds.repeatPlateWindowDays);
  return otherCases.length + 1 >= thresholds.repeatPlateCases ? { flag: 'REPEAT_PLATE', plate, otherCases } : null;
}

/** `earlierCases`: the other cases with the same two plates. */
export function repeatPair(
  earlierCases: readonly EarlierCase[],
  reportedAt: string,
  thresholds: FraudThresholds,
): DetailOf<'REPEAT_PAIR'> | null {
  const otherCases = within(earlierCases, reportedAt, thresholds.repeatPairWindowDays);
  return otherCases.length > 0 ? { flag: 'REPEAT_PAIR', otherCases } : null;
}

/** Where a district is, roughly: a circle that holds it (see the districts of the accident case). */
export interface DistrictArea {
  id: string;
  centre: GeoPoint;
  radiusMeters: number;
}

/** The reported point lies outside the district the reporter named: a hint for the officer, never a refusal. */
export function districtMismatch(point: GeoPoint, district: DistrictArea): DetailOf<'DISTRICT_MISMATCH'> | null {
  const distance = distanceMeters(point, district.centre);
  return distance > district.radiusMeters
    ? {
        flag: 'DISTRICT_MISMATCH',
        district: district.id,
        distanceMeters: Math.round(distance),
        radiusMeters: district.radiusMeters,
      }
    : null;
}

/** Great-circle distance (haversine) in metres. */
export function distanceMeters(from: GeoPoint, to: GeoPoint): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(to.lat - from.lat);
  const dLng = radians(to.lng - from.lng);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(radians(from.lat)) * Math.cos(radians(to.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(a)));
}
