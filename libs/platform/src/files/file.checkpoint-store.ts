import { mkdirSync, promises as fs, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { DEFAULT_CHECKPOINT_WRITE_MS, type PositionCheckpoint } from '../ports/checkpoint.port';
import { dirname } from 'node:path';

/**
 * A subscriber's position in `$all`, kept in a small file written atomically, so a process
 * manager resumes where it stopped. It never moves backwards.
 *
 * Writes are coalesced: a saved position reaches the file within `writeEveryMs` (and at once on
 * `flush`, which subscribers call when they stop). A crash therefore resumes from a slightly older
 * position and handles those events again, which every subscriber of a checkpoint must tolerate
 * anyway (handlers are idempotent, consumers deduplicate); in exchange the event loop no longer
 * writes and renames a file for every event (ADR 0018).
 */
export class FileCheckpoint implements PositionCheckpoint {
  private position: number;
  private written: number;
  private timer: NodeJS.Timeout | null = null;
  /** The write in progress in the background; the next one starts after it. */
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly path: string,
    private readonly writeEveryMs = DEFAULT_CHECKPOINT_WRITE_MS,
  ) {
    mkdirSync(dirname(path), { recursive: true });
    this.position = readPosition(path);
    this.written = this.position;
  }

  get(): number {
    return this.position;
  }

  save(position: number): void {
    if (position <= this.position) return;
    this.position = position;
    if (this.writeEveryMs <= 0) {
      this.flush();
      return;
    }
    if (!this.timer) {
      this.timer = setTimeout(() => this.writeInBackground(), this.writeEveryMs);
      this.timer.unref();
    }
  }

  /** Writes the latest saved position now, if the file does not hold it yet (when stopping). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.written === this.position) return;
    const position = this.position;
    writeFileSync(this.temporary(), JSON.stringify({ position }));
    renameSync(this.temporary(), this.path);
    this.written = Math.max(this.written, position);
  }

  /** The periodic write, off the event loop, so a slow disk never stalls requests. */
  private writeInBackground(): void {
    this.timer = null;
    const position = this.position;
    this.writing = this.writing
      .then(async () => {
        if (this.written >= position) return;
        const temporary = `${this.path}.background.tmp`;
        await fs.writeFile(temporary, JSON.stringify({ position }));
        // A flush on stop may have written a newer position meanwhile: never replace it with this one.
        if (this.written >= position) return fs.unlink(temporary);
        await fs.rename(temporary, this.path);
        this.written = Math.max(this.written, position);
      })
      .catch(() => undefined);
  }

  /** Resolves once the background writes started so far are done (for tests and shutdown). */
  settled(): Promise<void> {
    return this.writing;
  }

  private temporary(): string {
    return `${this.path}.tmp`;
  }
}

function readPosition(path: string): number {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { position?: unknown };
    return typeof parsed.position === 'number' ? parsed.position : -1;
  } catch {
    return -1;
  }
}
