import type { CaseView, FlagDetail, HoldReason } from '../api/types';
import type { MessageKey } from '../i18n-messages';

/** A message to show: its key and parameters, turned into text by the reader's language. */
export interface Message {
  key: MessageKey;
  params: Record<string, string | number>;
}

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Under a kilometre in whole metres, beyond in kilometres with one decimal. */
export function distanceMessage(meters: number): Message {
  return meters < 1000
    ? { key: 'common.meters', params: { meters: Math.round(meters) } }
    : { key: 'common.kilometers', params: { km: (Math.round(meters / 100) / 10).toFixed(1) } };
}

/** When a photo was taken against the reported time of the accident (negative: before). */
export function photoTimingMessage(minutesFromAccident: number): Message {
  const minutes = Math.abs(Math.round(minutesFromAccident));
  return { key: minutesFromAccident < 0 ? 'desk.photoBefore' : 'desk.photoAfter', params: { minutes } };
}

/** The first characters of a case id: enough to tell cases apart on a screen. */
export const shortId = (id: string): string => id.slice(0, 8);

/**
 * What a flag found, in words: which other case and how far (in metres, minutes or days).
 * `otherCaseIds` are the cases it points at, for links where the reader may open them.
 */
export function flagDetailMessage(
  detail: FlagDetail,
  t: Translate,
  districtName: (id: string) => string,
): Message & { otherCaseIds: string[] } {
  const distance = (meters: number) => {
    const message = distanceMessage(meters);
    return t(message.key, message.params);
  };
  const minutes = (value: number) => t('common.minutes', { minutes: Math.round(value) });
  const others = (cases: { caseId: string; daysApart: number }[]) =>
    cases.map((other) => t('flagDetail.otherCase', { case: shortId(other.caseId), days: other.daysApart })).join('、');
  switch (detail.flag) {
    case 'DUPLICATE_PHOTO':
      return {
        key: 'flagDetail.DUPLICATE_PHOTO',
        params: { case: shortId(detail.otherCaseId) },
        otherCaseIds: [detail.otherCaseId],
      };
    case 'SIMILAR_PHOTO':
      return {
        key: 'flagDetail.SIMILAR_PHOTO',
        params: { case: shortId(detail.otherCaseId), distance: detail.hammingDistance },
        otherCaseIds: [detail.otherCaseId],
      };
    case 'EXIF_TIME_MISMATCH':
      return {
        key: 'flagDetail.EXIF_TIME_MISMATCH',
        params: { minutes: minutes(detail.minutesApart) },
        otherCaseIds: [],
      };
    case 'EXIF_GPS_MISMATCH':
      return {
        key: 'flagDetail.EXIF_GPS_MISMATCH',
        params: { distance: distance(detail.distanceMeters) },
        otherCaseIds: [],
      };
    case 'LATE_REPORT':
      return {
        key: 'flagDetail.LATE_REPORT',
        params: { minutes: minutes(detail.minutesAfterAccident) },
        otherCaseIds: [],
      };
    case 'REPEAT_PLATE':
      return {
        key: 'flagDetail.REPEAT_PLATE',
        params: { plate: detail.plate, cases: others(detail.otherCases) },
        otherCaseIds: detail.otherCases.map((other) => other.caseId),
      };
    case 'REPEAT_PAIR':
      return {
        key: 'flagDetail.REPEAT_PAIR',
        params: { cases: others(detail.otherCases) },
        otherCaseIds: detail.otherCases.map((other) => other.caseId),
      };
    case 'DISTRICT_MISMATCH':
      return {
        key: 'flagDetail.DISTRICT_MISMATCH',
        params: {
          district: districtName(detail.district),
          distance: distance(detail.distanceMeters),
          radius: distance(detail.radiusMeters),
        },
        otherCaseIds: [],
      };
    default: {
      const exhaustive: never = detail;
      return exhaustive;
    }
  }
}

/**
 * What the driver is told to do next, from the case's `nextStep`: with the desk's deadline, the
 * time to answer a decision by, or the district that continues a referred case. Null when there
 * is nothing to say.
 */
export function nextStepMessage(
  view: CaseView,
  dateTime: (iso: string) => string,
  districtName: (id: string) => string,
): Message | null {
  const step = view.nextStep;
  if (!step || step === 'NOTHING_TO_DO') return null;
  const key = `next.${step}` as const;
  switch (step) {
    case 'WAIT_FOR_OFFICER':
      return { key, params: { time: view.policeRequest ? dateTime(view.policeRequest.deadline) : '—' } };
    case 'ANSWER_DECISION_BY':
    case 'WAIT_FOR_OTHER_ANSWER': {
      const by = view.liability?.respondBy ?? view.decision?.responseDeadline;
      return { key, params: { time: by ? dateTime(by) : '—' } };
    }
    case 'GO_OFFLINE': {
      const district = view.referral?.district ?? view.location?.district;
      return { key, params: { district: district ? districtName(district) : '' } };
    }
    default:
      return { key, params: {} };
  }
}

/** Why a claim's payout waits, as its reader may be told: a driver reads that it is under review. */
export function holdMessageKey(reason: HoldReason, forDriver: boolean): MessageKey {
  return forDriver ? `hold.driver.${reason}` : `hold.${reason}`;
}
