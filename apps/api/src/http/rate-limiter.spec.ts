import type { RateLimits } from '../configuration/rate-limits';
import { RateLimiter } from './rate-limiter';

const limits: RateLimits = {
  uploads: { perUser: { limit: 3, windowMs: 60_000 }, perIp: { limit: 5, windowMs: 60_000 } },
  reports: { perUser: null, perIp: { limit: 2, windowMs: 60_000 } },
  decisions: { perUser: null, perIp: null },
};

describe('rate limiter (token buckets per user and per address)', () => {
  let now = 0;
  const limiter = () => new RateLimiter(limits, () => now);

  beforeEach(() => {
    now = 0;
  });

  it('lets a burst up to the limit through, then tells how long to wait for the next token', () => {
    const subject = limiter();
    expect([1, 2, 3].map(() => subject.take('uploads', 'u1', '10.0.0.1').allowed)).toEqual([true, true, true]);
    expect(subject.take('uploads', 'u1', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 20, scope: 'user' });
    now = 19_000;
    expect(subject.take('uploads', 'u1', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 1, scope: 'user' });
    now = 20_000;
    expect(subject.take('uploads', 'u1', '10.0.0.1').allowed).toBe(true);
  });

  it('takes nothing from a refused request, so hammering does not push the wait further out', () => {
    const subject = limiter();
    for (let i = 0; i < 3; i += 1) subject.take('uploads', 'u1', '10.0.0.1');
    for (let i = 0; i < 100; i += 1) subject.take('uploads', 'u1', '10.0.0.1');
    now = 20_000;
    expect(subject.take('uploads', 'u1', '10.0.0.1').allowed).toBe(true);
  });

  it('counts an address across users, and each user and address on their own', () => {
    const subject = limiter();
    for (const user of ['u1', 'u2', 'u3', 'u4', 'u5'])
      expect(subject.take('uploads', user, '10.0.0.1').allowed).toBe(true);
    expect(subject.take('uploads', 'u6', '10.0.0.1')).toMatchObject({ allowed: false, scope: 'address' });
    expect(subject.take('uploads', 'u6', '10.0.0.2').allowed).toBe(true);
  });

  it('refills continuously, never beyond the limit', () => {
    const subject = limiter();
    now = 10 * 60_000;
    const decisions = [1, 2, 3, 4].map(() => subject.take('uploads', 'u1', '10.0.0.9').allowed);
    expect(decisions).toEqual([true, true, true, false]);
  });

  it('applies only the limits that are configured', () => {
    const subject = limiter();
    expect(subject.take('reports', 'u1', '10.0.0.1').allowed).toBe(true);
    expect(subject.take('reports', 'u2', '10.0.0.1').allowed).toBe(true);
    expect(subject.take('reports', 'u3', '10.0.0.1')).toMatchObject({ allowed: false, scope: 'address' });
    for (let i = 0; i < 1000; i += 1) expect(subject.take('decisions', 'u1', '10.0.0.1').allowed).toBe(true);
  });
});
