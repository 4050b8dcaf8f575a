/**
 * EXIF DateTimeOriginal ("2026:11:22 16:05:09") as a UTC instant: with OffsetTimeOriginal
 * ("+08:00") when the camera recorded it, otherwise read as wall-clock time in the platform's zone.
 */
export function exifTimeToUtc(dateTime: string, offset: string | undefined, timeZone: string): string | undefined {
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(dateTime.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  const wallClockAsUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  if (Number.isNaN(wallClockAsUtc)) return undefined;
  const offsetMatch = offset ? /^([+-])(\d{2}):?(\d{2})$/.exec(offset.trim()) : null;
  const offsetMinutes = offsetMatch
    ? (offsetMatch[1] === '-' ? -1 : 1) * (Number(offsetMatch[2]) * 60 + Number(offsetMatch[3]))
    : zoneOffsetMinutes(wallClockAsUtc, timeZone);
  return new Date(wallClockAsUtc - offsetMinutes * 60_000).toISOString();
}

/** The zone's UTC offset at (about) that moment, from the Intl database. */
function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(
    value('year'),
    value('month') - 1,
    value('day'),
    value('hour'),
    value('minute'),
    value('second'),
  );
  return Math.round((asUtc - instant) / 60_000);
}
