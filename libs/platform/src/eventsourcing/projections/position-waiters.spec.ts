import { PositionWaiters } from './position-waiters';

describe('position waiters (read-your-writes in the feeding process)', () => {
  let applied: Record<string, number>;
  const positionOf = (projections: readonly string[] = Object.keys(applied)) =>
    Math.min(...projections.map((name) => applied[name] ?? -1));

  beforeEach(() => {
    applied = { cases: -1, desk: -1 };
    jest.useFakeTimers();
  });
  afterEach(() => jest.useRealTimers());

  it('answers at once when the position is already reached', async () => {
    applied = { cases: 7, desk: 9 };
    expect(await new PositionWaiters(positionOf).waitFor(7, 1000)).toBe(true);
  });

  it('answers a waiter once every projection it reads has reached its position, not before', async () => {
    const waiters = new PositionWaiters(positionOf);
    const answers: boolean[] = [];
    void waiters.waitFor(5, 60_000, ['cases']).then((reached) => answers.push(reached));
    void waiters.waitFor(5, 60_000).then((reached) => answers.push(reached));
    applied.cases = 4;
    waiters.notify();
    await Promise.resolve();
    expect(answers).toEqual([]);
    applied.cases = 5;
    waiters.notify();
    await Promise.resolve();
    expect(answers).toEqual([true]);
    applied.desk = 6;
    waiters.notify();
    await Promise.resolve();
    expect(answers).toEqual([true, true]);
  });

  it('answers false when the time is up, and everyone at once when stopping', async () => {
    const waiters = new PositionWaiters(positionOf);
    const late = waiters.waitFor(3, 1000);
    jest.advanceTimersByTime(1000);
    expect(await late).toBe(false);
    const pending = [waiters.waitFor(3, 60_000), waiters.waitFor(-1, 60_000, ['desk'])];
    applied.desk = 0;
    waiters.releaseAll();
    expect(await Promise.all(pending)).toEqual([false, true]);
  });
});
