import {
  DEFAULT_FRAUD_THRESHOLDS as thresholds,
  distanceMeters,
  isLateReport,
  isRepeatPair,
  isRepeatPlate,
  photoFlags,
} from './fraud-signals';

const accident = { occurredAt: '2026-11-22T08:00:00.000Z', location: { lat: 29.563, lng: 106.551 } };
const clean = { duplicateInOtherCase: false, similarInOtherCase: false };

describe('photo flags', () => {
  it('raises nothing for a photo taken there and then', () => {
    expect(
      photoFlags(
        { ...clean, takenAt: '2026-11-22T08:03:00.000Z', position: { lat: 29.5631, lng: 106.5512 } },
        accident,
        thresholds,
      ),
    ).toEqual([]);
  });

  it.each([
    ['a photo with no capture time nor position', {}, ['NO_EXIF']],
    ['a photo taken two days before', { takenAt: '2026-11-20T08:00:00.000Z' }, ['EXIF_TIME_MISMATCH']],
    ['a photo taken 50 km away', { position: { lat: 29.1, lng: 106.551 } }, ['EXIF_GPS_MISMATCH']],
  ])('flags %s', (_case, facts, flags) => {
    expect(photoFlags({ ...clean, ...facts }, accident, thresholds)).toEqual(flags);
  });

  it('flags a duplicate as a duplicate only, and a similar photo as similar', () => {
    const taken = { takenAt: '2026-11-22T08:01:00.000Z' };
    expect(
      photoFlags({ ...taken, duplicateInOtherCase: true, similarInOtherCase: true }, accident, thresholds),
    ).toEqual(['DUPLICATE_PHOTO']);
    expect(
      photoFlags({ ...taken, duplicateInOtherCase: false, similarInOtherCase: true }, accident, thresholds),
    ).toEqual(['SIMILAR_PHOTO']);
  });
});

describe('case flags', () => {
  it('flags a report made more than a day after the accident', () => {
    expect(isLateReport('2026-11-20T08:00:00.000Z', '2026-11-22T08:00:00.000Z', thresholds)).toBe(true);
    expect(isLateReport('2026-11-22T07:30:00.000Z', '2026-11-22T08:00:00.000Z', thresholds)).toBe(false);
  });

  it('flags a plate in a third case within 90 days, not older ones', () => {
    expect(
      isRepeatPlate(['2026-10-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z'], '2026-11-22T00:00:00.000Z', thresholds),
    ).toBe(true);
    expect(
      isRepeatPlate(['2026-01-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z'], '2026-11-22T00:00:00.000Z', thresholds),
    ).toBe(false);
  });

  it('flags the same two plates together again within a year', () => {
    expect(isRepeatPair(['2026-03-01T00:00:00.000Z'], '2026-11-22T00:00:00.000Z', thresholds)).toBe(true);
    expect(isRepeatPair(['2024-03-01T00:00:00.000Z'], '2026-11-22T00:00:00.000Z', thresholds)).toBe(false);
  });

  it('measures distance on the globe', () => {
    expect(distanceMeters({ lat: 0, lng: 0 }, { lat: 0, lng: 1 })).toBeCloseTo(111_195, -2);
  });
});
