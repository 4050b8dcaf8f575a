/** Pure time arithmetic on ISO-8601 instants; the current time always comes from the caller. */
export function addMinutes(instant: string, minutes: number): string {
  return new Date(Date.parse(instant) + minutes * 60_000).toISOString();
}

export function isAtOrAfter(instant: string, reference: string): boolean {
  return Date.parse(instant) >= Date.parse(reference);
}
