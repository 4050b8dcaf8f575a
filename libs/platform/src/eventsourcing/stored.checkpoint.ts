import type { ReadStore } from '../ports/read-store.port';
import { DEFAULT_CHECKPOINT_WRITE_MS, type PositionCheckpoint } from '../ports/checkpoint.port';

/**
 * A position kept in the read store, beside the projections' checkpoints, so the process that
 * owns it (the relay in production) keeps no state of its own and can be replaced by a new
 * container anywhere. Writes are coalesced like FileCheckpoint's; a failed write is retried by the
 * next one, and a crash resumes from the last position stored.
 */
export class StoredCheckpoint implements PositionCheckpoint {
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private written: number;

  private constructor(
    private readonly store: ReadStore,
    private readonly name: string,
    private readonly generation: number,
    private position: number,
    private readonly writeEveryMs: number,
  ) {
    this.written = position;
  }

  /** Opens (creating if missing) the checkpoint named `checkpoint:<name>` in the read store. */
  static async open(
    store: ReadStore,
    name: string,
    writeEveryMs = DEFAULT_CHECKPOINT_WRITE_MS,
  ): Promise<StoredCheckpoint> {
    const stored = await store.open({ projection: `checkpoint:${name}`, version: 1, collections: [] });
    return new StoredCheckpoint(store, stored.projection, stored.generation, stored.position, writeEveryMs);
  }

  get(): number {
    return this.position;
  }

  save(position: number): void {
    if (position <= this.position) return;
    this.position = position;
    if (this.timer) return;
    this.timer = setTimeout(() => void this.write(), this.writeEveryMs);
    this.timer.unref();
  }

  async flush(): Promise<void> {
    await this.write();
  }

  private write(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.writing = this.writing.then(async () => {
      const position = this.position;
      if (position <= this.written) return;
      try {
        await this.store.saveCheckpoint(this.name, this.generation, position, []);
        this.written = Math.max(this.written, position);
      } catch {
        // The store is away: the next save or flush tries again; until then a crash replays a little more.
      }
    });
    return this.writing;
  }
}
