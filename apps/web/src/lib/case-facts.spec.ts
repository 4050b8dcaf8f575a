import type { CaseView } from '../api/types';
import { en, zh, type MessageKey } from '../i18n-messages';
import { format } from './format';
import {
  distanceMessage,
  flagDetailMessage,
  holdMessageKey,
  nextStepMessage,
  photoTimingMessage,
  shortId,
} from './case-facts';

const t = (key: MessageKey, params?: Record<string, string | number>) => format(zh[key], params);
const tEn = (key: MessageKey, params?: Record<string, string | number>) => format(en[key], params);
const names: Record<string, string> = { yuzhong: '渝中区', jiangbei: '江北区' };
const districtName = (id: string) => names[id] ?? id;
const dateTime = (iso: string) => `@${iso.slice(11, 16)}`;

const view = (extra: Partial<CaseView>): CaseView => ({
  caseId: 'c1',
  status: 'AWAITING_POLICE',
  occurredAt: '2026-11-22T07:55:00.000Z',
  reportedAt: '2026-11-22T08:00:00.000Z',
  location: { lat: 29.56, lng: 106.57, address: '解放碑', district: 'yuzhong' },
  yourParty: 'A',
  parties: [],
  photos: [],
  agreement: null,
  policeRequest: null,
  evidenceRequest: null,
  decision: null,
  suggestion: null,
  liability: null,
  disputedDecision: null,
  referral: null,
  nextStep: null,
  claims: [],
  flags: [],
  flagDetails: [],
  timeline: [],
  revision: 0,
  ...extra,
});

describe('the facts of a case, in words', () => {
  it('tells distances in metres under a kilometre, else in kilometres', () => {
    expect(distanceMessage(42.4)).toEqual({ key: 'common.meters', params: { meters: 42 } });
    expect(distanceMessage(999)).toEqual({ key: 'common.meters', params: { meters: 999 } });
    expect(distanceMessage(1260)).toEqual({ key: 'common.kilometers', params: { km: '1.3' } });
  });

  it('tells a photo taken before or after the accident', () => {
    expect(photoTimingMessage(3.4)).toEqual({ key: 'desk.photoAfter', params: { minutes: 3 } });
    expect(photoTimingMessage(-90)).toEqual({ key: 'desk.photoBefore', params: { minutes: 90 } });
  });

  it('says which other case a photo flag found, and how far a place is', () => {
    const duplicate = flagDetailMessage(
      { flag: 'DUPLICATE_PHOTO', otherCaseId: '0b7c1e52-aaaa-bbbb', otherPhotoId: 'p9' },
      t,
      districtName,
    );
    expect(t(duplicate.key, duplicate.params)).toBe('与案件 0b7c1e52 的照片完全相同');
    expect(duplicate.otherCaseIds).toEqual(['0b7c1e52-aaaa-bbbb']);
    const gps = flagDetailMessage({ flag: 'EXIF_GPS_MISMATCH', distanceMeters: 2500 }, t, districtName);
    expect(t(gps.key, gps.params)).toBe('拍摄位置距报案地点 2.5 公里');
    const district = flagDetailMessage(
      { flag: 'DISTRICT_MISMATCH', district: 'jiangbei', distanceMeters: 9100, radiusMeters: 6000 },
      tEn,
      (id) => (id === 'jiangbei' ? 'Jiangbei' : id),
    );
    expect(tEn(district.key, district.params)).toBe('9.1 km from the centre of Jiangbei (its radius: 6.0 km)');
  });

  it('lists the other cases of a repeated plate, nearest first as the API sends them', () => {
    const repeat = flagDetailMessage(
      {
        flag: 'REPEAT_PLATE',
        plate: '渝A12345',
        otherCases: [
          { caseId: '11111111-x', daysApart: 3 },
          { caseId: '22222222-y', daysApart: 20 },
        ],
      },
      t,
      districtName,
    );
    expect(t(repeat.key, repeat.params)).toBe('渝A12345 近期其他案件：11111111（相隔 3 天）、22222222（相隔 20 天）');
    expect(repeat.otherCaseIds).toEqual(['11111111-x', '22222222-y']);
    expect(shortId('11111111-x')).toBe('11111111');
  });

  it('tells the driver what happens next, with the deadline, the time to answer or the district', () => {
    expect(nextStepMessage(view({ nextStep: null }), dateTime, districtName)).toBeNull();
    expect(nextStepMessage(view({ nextStep: 'NOTHING_TO_DO' }), dateTime, districtName)).toBeNull();
    const police = { requestedAt: '2026-11-22T08:01:00.000Z', deadline: '2026-11-22T08:06:00.000Z', review: false };
    expect(
      nextStepMessage(
        view({ nextStep: 'WAIT_FOR_OFFICER', policeRequest: { ...police, overdue: false } }),
        dateTime,
        districtName,
      ),
    ).toEqual({ key: 'next.WAIT_FOR_OFFICER', params: { time: '@08:06' } });
    const overdue = nextStepMessage(
      view({ nextStep: 'OFFICER_OVERDUE_KEEP_WAITING', policeRequest: { ...police, overdue: true } }),
      dateTime,
      districtName,
    )!;
    expect(t(overdue.key, overdue.params)).toContain('仍排在辖区队列首位');
    const offline = nextStepMessage(
      view({
        status: 'REFERRED_OFFLINE',
        nextStep: 'GO_OFFLINE',
        referral: {
          reason: '请到解放碑岗亭',
          kind: 'OFFICER',
          referredBy: 'officer-1',
          district: 'yuzhong',
          referredAt: '2026-11-22T08:04:00.000Z',
        },
      }),
      dateTime,
      districtName,
    )!;
    expect(t(offline.key, offline.params)).toBe('请按交警指引到渝中区交警处继续办理。');
  });

  it('tells a driver a held payout is under review, where insurers read that it is flagged', () => {
    expect(t(holdMessageKey('AWAITING_APPROVAL', true))).toContain('审核中');
    expect(holdMessageKey('FLAGGED_FOR_REVIEW', false)).toBe('hold.FLAGGED_FOR_REVIEW');
    expect(t(holdMessageKey('FLAGGED_FOR_REVIEW', true))).not.toContain('风险');
  });
});
