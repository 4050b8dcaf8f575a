import type { RateLimits } from '../configuration/rate-limits';
import { RateLimiter, countersInMemory } from './rate-limiter';

const limits: RateLimits = {
  uploads: { perUser: { limit: 3, windowMs: 60_000 }, perIp: { limit: 5, windowMs: 60_000 } },
  reports: { perUser: null, perIp: { limit: 2, windowMs: 60_000 } },
  decisions: { perUser: null, perIp: null },
};

const T0 = Date.parse('2026-11-22T08:00:00.000Z');

describe('rate limiter (per user and per address, rate-limiter-flexible windows)', () => {
  // The counters read the wall clock; the test moves it instead of waiting.
  const at = (ms: number) => jest.setSystemTime(T0 + ms);
  const limiter = () => new RateLimiter(limits, countersInMemory());
  const allowed = async (times: number, take: () => Promise<{ allowed: boolean }>) => {
    const answers: boolean[] = [];
    for (let i = 0; i < times; i += 1) answers.push((await take()).allowed);
    return answers;
  };

  beforeEach(() => {
    jest.useFakeTimers({ now: T0 });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('lets a burst up to the limit through, then tells how long to wait for the next one', async () => {
    const subject = limiter();
    expect(await allowed(3, () => subject.take('uploads', 'u1', '10.0.0.1'))).toEqual([true, true, true]);
    expect(await subject.take('uploads', 'u1', '10.0.0.1')).toEqual({
      allowed: false,
      retryAfterSeconds: 20,
      scope: 'user',
    });
    at(19_000);
    expect(await subject.take('uploads', 'u1', '10.0.0.1')).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
      scope: 'user',
    });
    at(20_000);
    expect((await subject.take('uploads', 'u1', '10.0.0.1')).allowed).toBe(true);
  });

  it('does not push the wait further out for a refused request, so hammering gains nothing', async () => {
    const subject = limiter();
    await allowed(3, () => subject.take('uploads', 'u1', '10.0.0.1'));
    await allowed(100, () => subject.take('uploads', 'u1', '10.0.0.1'));
    at(20_000);
    expect((await subject.take('uploads', 'u1', '10.0.0.1')).allowed).toBe(true);
  });

  it('counts an address across users, and each user and address on their own', async () => {
    const subject = limiter();
    for (const user of ['u1', 'u2', 'u3', 'u4', 'u5']) {
      expect((await subject.take('uploads', user, '10.0.0.1')).allowed).toBe(true);
    }
    expect(await subject.take('uploads', 'u6', '10.0.0.1')).toMatchObject({ allowed: false, scope: 'address' });
    expect((await subject.take('uploads', 'u6', '10.0.0.2')).allowed).toBe(true);
  });

  it('gives a user back what a crowded address refused', async () => {
    const subject = limiter();
    for (const user of ['u2', 'u3', 'u4', 'u5', 'u6']) await subject.take('uploads', user, '10.0.0.1');
    expect(await allowed(3, () => subject.take('uploads', 'u1', '10.0.0.1'))).toEqual([false, false, false]);
    expect(await allowed(4, () => subject.take('uploads', 'u1', '10.0.0.2'))).toEqual([true, true, true, false]);
  });

  it('starts afresh after a quiet while, never beyond the limit', async () => {
    const subject = limiter();
    at(10 * 60_000);
    expect(await allowed(4, () => subject.take('uploads', 'u1', '10.0.0.9'))).toEqual([true, true, true, false]);
  });

  it('applies only the limits that are configured', async () => {
    const subject = limiter();
    expect((await subject.take('reports', 'u1', '10.0.0.1')).allowed).toBe(true);
    expect((await subject.take('reports', 'u2', '10.0.0.1')).allowed).toBe(true);
    expect(await subject.take('reports', 'u3', '10.0.0.1')).toMatchObject({ allowed: false, scope: 'address' });
    expect(await allowed(1000, () => subject.take('decisions', 'u1', '10.0.0.1'))).not.toContain(false);
  });

  it('shares the counts between two limiters over the same counters, as API instances over one store', async () => {
    const counters = countersInMemory();
    const first = new RateLimiter(limits, counters);
    const second = new RateLimiter(limits, counters);
    expect(await allowed(2, () => first.take('uploads', 'u1', '10.0.0.1'))).toEqual([true, true]);
    expect(await allowed(2, () => second.take('uploads', 'u1', '10.0.0.2'))).toEqual([true, false]);
    expect(await limiter().take('uploads', 'u1', '10.0.0.3')).toEqual({ allowed: true });
  });
});
