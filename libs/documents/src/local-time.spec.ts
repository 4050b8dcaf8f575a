import { formatLocalTime } from './local-time';

describe('formatLocalTime', () => {
  it('shows an instant as Chongqing reads it, with the zone written out', () => {
    expect(formatLocalTime('2026-11-22T07:55:00.000Z', 'Asia/Shanghai')).toBe(
      '2026-11-22 15:55:00 (UTC+08:00 Asia/Shanghai)',
    );
  });

  it('turns the date at local midnight, not at UTC midnight', () => {
    expect(formatLocalTime('2026-12-31T16:30:00.000Z', 'Asia/Shanghai')).toBe(
      '2027-01-01 00:30:00 (UTC+08:00 Asia/Shanghai)',
    );
  });

  it('names the offset of any configured zone, including UTC itself', () => {
    expect(formatLocalTime('2026-07-01T12:00:00.000Z', 'Europe/Berlin')).toBe(
      '2026-07-01 14:00:00 (UTC+02:00 Europe/Berlin)',
    );
    expect(formatLocalTime('2026-07-01T12:00:00.000Z', 'UTC')).toBe('2026-07-01 12:00:00 (UTC+00:00 UTC)');
  });

  it('refuses what is not an instant', () => {
    expect(() => formatLocalTime('yesterday', 'Asia/Shanghai')).toThrow(RangeError);
  });
});
