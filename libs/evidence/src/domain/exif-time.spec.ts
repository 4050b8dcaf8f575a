import { exifTimeToUtc } from './exif-time';

describe('EXIF capture time', () => {
  it('uses the recorded offset when there is one', () => {
    expect(exifTimeToUtc('2026:11:22 16:05:09', '+08:00', 'UTC')).toBe('2026-11-22T08:05:09.000Z');
    expect(exifTimeToUtc('2026:11:22 03:05:09', '-05:00', 'Asia/Shanghai')).toBe('2026-11-22T08:05:09.000Z');
  });

  it("reads a time without offset in the platform's zone", () => {
    expect(exifTimeToUtc('2026:11:22 16:05:09', undefined, 'Asia/Shanghai')).toBe('2026-11-22T08:05:09.000Z');
    expect(exifTimeToUtc('2026:07:01 12:00:00', undefined, 'Europe/Berlin')).toBe('2026-07-01T10:00:00.000Z');
  });

  it('gives nothing for a malformed time', () => {
    expect(exifTimeToUtc('yesterday', undefined, 'UTC')).toBeUndefined();
  });
});
