import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileCheckpoint } from './file.checkpoint-store';

const checkpointFile = () => join(mkdtempSync(join(tmpdir(), 'qc-checkpoint-')), 'process.json');

describe('file checkpoint', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('starts before the first event and resumes from the position it wrote', () => {
    const path = checkpointFile();
    const first = new FileCheckpoint(path, 0);
    expect(first.get()).toBe(-1);
    first.save(7);
    expect(new FileCheckpoint(path).get()).toBe(7);
  });

  it('never moves backwards', () => {
    const checkpoint = new FileCheckpoint(checkpointFile(), 0);
    checkpoint.save(9);
    checkpoint.save(4);
    expect(checkpoint.get()).toBe(9);
  });

  it('coalesces writes: the file holds the latest position once the interval passed, or at once on flush', async () => {
    jest.useFakeTimers();
    const path = checkpointFile();
    const checkpoint = new FileCheckpoint(path, 200);
    checkpoint.save(1);
    checkpoint.save(2);
    expect(checkpoint.get()).toBe(2);
    expect(new FileCheckpoint(path).get()).toBe(-1);
    jest.advanceTimersByTime(200);
    await checkpoint.settled();
    expect(new FileCheckpoint(path).get()).toBe(2);
    checkpoint.save(3);
    checkpoint.flush();
    expect(new FileCheckpoint(path).get()).toBe(3);
  });
});
