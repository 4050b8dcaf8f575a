import type { ReadStore } from '../../ports/read-store.port';
import type { ReadProgress } from '../../ports/read-progress.port';

/**
 * Read-your-writes for a process that reads the read models but does not feed them (an API
 * instance beside `apps/projector`): the positions come from the checkpoints in the read store,
 * polled while someone waits.
 */
export class StoredProgress implements ReadProgress {
  private readonly positions = new Map<string, number>();

  constructor(
    private readonly readStore: ReadStore,
    private readonly projections: readonly string[],
    private readonly pollMs = 25,
  ) {}

  async refresh(): Promise<void> {
    for (const checkpoint of await this.readStore.checkpoints()) {
      this.positions.set(checkpoint.projection, checkpoint.position);
    }
  }

  currentPosition(projections: readonly string[] = this.projections): number {
    const positions = projections.map((name) => this.positions.get(name) ?? -1);
    return positions.length === 0 ? -1 : Math.min(...positions);
  }

  async waitFor(position: number, timeoutMs: number, projections?: readonly string[]): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      if (this.currentPosition(projections) >= position) return true;
      await this.refresh();
      if (this.currentPosition(projections) >= position) return true;
      if (performance.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, this.pollMs));
    }
  }
}
