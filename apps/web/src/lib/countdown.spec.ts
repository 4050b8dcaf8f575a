import { clockSkewMs, countdown } from './countdown';

const requested = Date.parse('2026-11-22T08:00:00.000Z');
const deadline = '2026-11-22T08:05:00.000Z';

describe('the countdown to a police deadline', () => {
  it('shows the full five minutes at the request', () => {
    expect(countdown(deadline, requested)).toEqual({
      text: '5:00',
      overdue: false,
      urgent: false,
      remainingMs: 300_000,
    });
  });

  it('rounds partial seconds up while time is left', () => {
    expect(countdown(deadline, requested + 800).text).toBe('5:00');
    expect(countdown(deadline, requested + 1000).text).toBe('4:59');
  });

  it('turns urgent in the last minute', () => {
    expect(countdown(deadline, requested + 241_000)).toMatchObject({ text: '0:59', urgent: true, overdue: false });
  });

  it('is overdue at the deadline and counts the time past it', () => {
    expect(countdown(deadline, requested + 300_000)).toMatchObject({ text: '+0:00', overdue: true, urgent: false });
    expect(countdown(deadline, requested + 365_500)).toMatchObject({ text: '+1:05', overdue: true });
    expect(countdown(deadline, requested + 300_000 + 3_725_000).text).toBe('+1:02:05');
  });

  it('shows a dash for a missing deadline', () => {
    expect(countdown('', requested)).toMatchObject({ text: '—', overdue: false });
  });
});

describe('the skew between browser and server clocks', () => {
  it('is the browser’s lead over the Date header', () => {
    expect(clockSkewMs('Sun, 22 Nov 2026 08:00:00 GMT', requested + 30_000)).toBe(30_000);
    expect(clockSkewMs('Sun, 22 Nov 2026 08:00:00 GMT', requested - 5_000)).toBe(-5_000);
  });

  it('ignores the second of rounding and a missing header', () => {
    expect(clockSkewMs('Sun, 22 Nov 2026 08:00:00 GMT', requested + 1_500)).toBe(0);
    expect(clockSkewMs(null, requested)).toBe(0);
    expect(clockSkewMs('yesterday', requested)).toBe(0);
  });
});
