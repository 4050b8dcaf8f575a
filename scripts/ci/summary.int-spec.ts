import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Plain JavaScript beside .ci/run, so that the summary runs before anything is built.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { summarise, closingLine } = require('./summary.js') as {
  summarise(dir: string): {
    rows: { name: string; code: number; passed: number; failed: number; skipped: number }[];
    total: { passed: number; failed: number; skipped: number };
  };
  closingLine(total: { passed: number; failed: number; skipped: number }): string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { recordResults } = require('./results.js') as {
  recordResults(source: string, counts: { passed: number; failed: number; skipped: number }): void;
};

describe('the closing line of .ci/run', () => {
  let dir: string;
  const saved = { dir: process.env.CI_RESULTS_DIR, phase: process.env.CI_PHASE };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qc-ci-summary-'));
    process.env.CI_RESULTS_DIR = dir;
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    restore('CI_RESULTS_DIR', saved.dir);
    restore('CI_PHASE', saved.phase);
  });

  function restore(name: string, value: string | undefined): void {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }

  function phases(...lines: string[]): void {
    writeFileSync(join(dir, 'phases'), lines.map((line) => `${line}\n`).join(''));
  }

  function record(phase: string, source: string, counts: { passed: number; failed: number; skipped: number }) {
    process.env.CI_PHASE = phase;
    recordResults(source, counts);
  }

  it('sums the counts every phase recorded, several runs of one phase included', () => {
    record('test', 'jest', { passed: 1199, failed: 0, skipped: 7 });
    record('fuzz', 'schemathesis', { passed: 170, failed: 0, skipped: 0 });
    record('infra', 'jest', { passed: 20, failed: 0, skipped: 1 });
    record('infra', 'jest', { passed: 9, failed: 0, skipped: 0 });
    phases('install 0', 'test 0', 'fuzz 0', 'infra 0');

    const { total, rows } = summarise(dir);

    expect(total).toEqual({ passed: 1398, failed: 0, skipped: 8 });
    expect(rows.map((row) => [row.name, row.passed])).toEqual([
      ['install', 0],
      ['test', 1199],
      ['fuzz', 170],
      ['infra', 29],
    ]);
    expect(closingLine(total)).toBe('1398 passed, 0 failed, 8 skipped');
  });

  it('counts a phase that failed before any test ran (a type error, a lint finding) as one failure', () => {
    record('web', 'jest', { passed: 3, failed: 0, skipped: 0 });
    phases('install 0', 'test 2', 'web 0');

    const { total } = summarise(dir);

    expect(total).toEqual({ passed: 3, failed: 1, skipped: 0 });
    expect(closingLine(total)).toBe('3 passed, 1 failed');
  });

  it('keeps the failures a phase recorded instead of adding one', () => {
    record('test', 'jest', { passed: 10, failed: 2, skipped: 0 });
    phases('test 1');

    expect(summarise(dir).total).toEqual({ passed: 10, failed: 2, skipped: 0 });
  });

  it('reports a run that recorded no phase as failed, never as a pass', () => {
    expect(summarise(dir).total.failed).toBe(1);
  });

  it('ignores counts of a phase that never finished', () => {
    record('infra', 'jest', { passed: 5, failed: 0, skipped: 0 });
    phases('test 0');

    expect(summarise(dir).total).toEqual({ passed: 0, failed: 0, skipped: 0 });
  });
});
