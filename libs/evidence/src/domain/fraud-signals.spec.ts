import {
  DEFAULT_FRAUD_THRESHOLDS as thresholds,
  distanceMeters,
  districtMismatch,
  lateReport,
  photoSignals,
  repeatPair,
  repeatPlate,
} from './fraud-signals';

const accident = { occurredAt: '2026-11-22T08:00:00.000Z', location: { lat: 29.563, lng: 106.551 } };

describe('photo signals', () => {
  it('raises nothing for a photo taken there and then', () => {
    expect(
      photoSignals(
        { takenAt: '2026-11-22T08:03:00.000Z', position: { lat: 29.5631, lng: 106.5512 } },
        accident,
        thresholds,
      ),
    ).toEqual({ flags: [], details: [] });
  });

  it.each([
    ['a photo with no capture time nor position', {}, ['NO_EXIF'], []],
    [
      'a photo taken two days before, with how many minutes apart',
      { takenAt: '2026-11-20T08:00:00.000Z' },
      ['EXIF_TIME_MISMATCH'],
      [{ flag: 'EXIF_TIME_MISMATCH', minutesApart: 2880 }],
    ],
    [
      'a photo taken 50 km away, with how far in metres',
      { position: { lat: 29.1, lng: 106.551 } },
      ['EXIF_GPS_MISMATCH'],
      [{ flag: 'EXIF_GPS_MISMATCH', distanceMeters: 51_483 }],
    ],
  ])('flags %s', (_case, facts, flags, details) => {
    expect(photoSignals(facts, accident, thresholds)).toEqual({ flags, details });
  });

  it('names the other case and photo of a duplicate (only), and the Hamming distance of a similar one', () => {
    const taken = { takenAt: '2026-11-22T08:01:00.000Z' };
    const elsewhere = { caseId: 'case-9', photoId: 'photo-9' };
    expect(
      photoSignals(
        { ...taken, duplicateOf: elsewhere, similarTo: { ...elsewhere, distance: 0 } },
        accident,
        thresholds,
      ),
    ).toEqual({
      flags: ['DUPLICATE_PHOTO'],
      details: [{ flag: 'DUPLICATE_PHOTO', otherCaseId: 'case-9', otherPhotoId: 'photo-9' }],
    });
    expect(photoSignals({ ...taken, similarTo: { ...elsewhere, distance: 4 } }, accident, thresholds)).toEqual({
      flags: ['SIMILAR_PHOTO'],
      details: [{ flag: 'SIMILAR_PHOTO', otherCaseId: 'case-9', otherPhotoId: 'photo-9', hammingDistance: 4 }],
    });
  });
});

describe('case signals', () => {
  it('flags a report made more than a day after the accident, with how many minutes after', () => {
    expect(lateReport('2026-11-20T08:00:00.000Z', '2026-11-22T08:00:00.000Z', thresholds)).toEqual({
      flag: 'LATE_REPORT',
      minutesAfterAccident: 2880,
    });
    expect(lateReport('2026-11-22T07:30:00.000Z', '2026-11-22T08:00:00.000Z', thresholds)).toBeNull();
  });

  it('flags a plate in a third case within 90 days, naming the other cases nearest first, not older ones', () => {
    const earlier = [
      { caseId: 'c-oct', reportedAt: '2026-10-01T00:00:00.000Z' },
      { caseId: 'c-nov', reportedAt: '2026-11-01T00:00:00.000Z' },
    ];
    expect(repeatPlate('渝A12345', earlier, '2026-11-22T00:00:00.000Z', thresholds)).toEqual({
      flag: 'REPEAT_PLATE',
      plate: '渝A12345',
      otherCases: [
        { caseId: 'c-nov', daysApart: 21 },
        { caseId: 'c-oct', daysApart: 52 },
      ],
    });
    const old = [{ ...earlier[0]!, reportedAt: '2026-01-01T00:00:00.000Z' }, earlier[1]!];
    expect(repeatPlate('渝A12345', old, '2026-11-22T00:00:00.000Z', thresholds)).toBeNull();
  });

  it('flags the same two plates together again within a year, with how many days apart', () => {
    expect(
      repeatPair([{ caseId: 'c-mar', reportedAt: '2026-03-01T00:00:00.000Z' }], '2026-11-22T00:00:00.000Z', thresholds),
    ).toEqual({ flag: 'REPEAT_PAIR', otherCases: [{ caseId: 'c-mar', daysApart: 266 }] });
    expect(
      repeatPair([{ caseId: 'c-old', reportedAt: '2024-03-01T00:00:00.000Z' }], '2026-11-22T00:00:00.000Z', thresholds),
    ).toBeNull();
  });

  it('flags a reported point outside the circle of the district it names, with how far from its centre', () => {
    const yuzhong = { id: 'yuzhong', centre: { lat: 29.5563, lng: 106.5683 }, radiusMeters: 8000 };
    expect(districtMismatch({ lat: 29.563, lng: 106.551 }, yuzhong)).toBeNull();
    expect(districtMismatch({ lat: 29.7183, lng: 106.6311 }, yuzhong)).toEqual({
      flag: 'DISTRICT_MISMATCH',
      district: 'yuzhong',
      distanceMeters: expect.any(Number),
      radiusMeters: 8000,
    });
    expect(districtMismatch({ lat: 29.7183, lng: 106.6311 }, yuzhong)!.distanceMeters).toBeGreaterThan(18_000);
  });

  it('measures distance on the globe', () => {
    expect(distanceMeters({ lat: 0, lng: 0 }, { lat: 0, lng: 1 })).toBeCloseTo(111_195, -2);
  });
});
