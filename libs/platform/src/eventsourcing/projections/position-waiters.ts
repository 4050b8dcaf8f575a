import type { ReadProgress } from '../../ports/read-progress.port';

interface Waiter {
  position: number;
  projections: readonly string[] | undefined;
  resolve: () => void;
}

/**
 * Read-your-writes in the process that feeds the read models: a query waits until the models it
 * reads have applied a position. Nothing polls; whoever moves a position calls `notify`.
 */
export class PositionWaiters implements ReadProgress {
  private waiters: Waiter[] = [];

  constructor(private readonly positionOf: (projections?: readonly string[]) => number) {}

  currentPosition(projections?: readonly string[]): number {
    return this.positionOf(projections);
  }

  waitFor(position: number, timeoutMs: number, projections?: readonly string[]): Promise<boolean> {
    if (this.positionOf(projections) >= position) return Promise.resolve(true);
    return new Promise((resolve) => {
      const entry: Waiter = {
        position,
        projections,
        resolve: () => {
          clearTimeout(timer);
          resolve(this.positionOf(projections) >= position);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== entry);
        resolve(false);
      }, timeoutMs);
      this.waiters.push(entry);
    });
  }

  /** Answers every waiter whose position is now reached. */
  notify(): void {
    const reached = this.waiters.filter((waiter) => this.positionOf(waiter.projections) >= waiter.position);
    if (reached.length === 0) return;
    this.waiters = this.waiters.filter((waiter) => !reached.includes(waiter));
    for (const waiter of reached) waiter.resolve();
  }

  /** When stopping: every waiter is answered now, with whether its position was reached. */
  releaseAll(): void {
    for (const waiter of this.waiters.splice(0)) waiter.resolve();
  }
}
