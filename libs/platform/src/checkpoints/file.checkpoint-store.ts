import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A subscriber's position in `$all`, kept in a small file written atomically, so a process
 * manager resumes where it stopped. It never moves backwards.
 */
export class FileCheckpoint {
  private position: number;

  constructor(private readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.position = readPosition(path);
  }

  get(): number {
    return this.position;
  }

  save(position: number): void {
    if (position <= this.position) return;
    this.position = position;
    const temporary = `${this.path}.tmp`;
    writeFileSync(temporary, JSON.stringify({ position }));
    renameSync(temporary, this.path);
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
