import { fromLocalInput, toLocalInput } from './time';

describe('local date-time inputs', () => {
  it('round-trips an instant to the minute', () => {
    const instant = new Date('2026-11-22T07:55:00.000Z');
    expect(fromLocalInput(toLocalInput(instant))).toBe('2026-11-22T07:55:00.000Z');
  });

  it('refuses incomplete input', () => {
    expect(fromLocalInput('2026-11-22')).toBeNull();
    expect(fromLocalInput('')).toBeNull();
  });
});
