'use strict';
/**
 * The closing line of `.ci/run`: `N passed, M failed[, K skipped]` summed over every phase's
 * recorded counts. A phase that exited non-zero without recording a failure of its own (a type
 * error, a lint finding, a server that would not start) counts as one failure, so the line and
 * the exit code never disagree. Exits 1 when anything failed.
 *
 * Usage: node scripts/ci/summary.js RESULTS_DIR
 * RESULTS_DIR holds `phases` (lines `name exitCode`, written by .ci/run) and the JSON counts.
 */
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

function summarise(dir) {
  const phases = existsSync(join(dir, 'phases'))
    ? readFileSync(join(dir, 'phases'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [name, code] = line.split(' ');
          return { name, code: Number(code) };
        })
    : [];
  const counts = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')));
  const total = { passed: 0, failed: 0, skipped: 0 };
  const rows = [];
  for (const phase of phases) {
    const own = counts.filter((count) => count.phase === phase.name);
    const sum = (key) => own.reduce((acc, count) => acc + (Number(count[key]) || 0), 0);
    const row = {
      name: phase.name,
      code: phase.code,
      passed: sum('passed'),
      failed: sum('failed'),
      skipped: sum('skipped'),
    };
    if (row.code !== 0 && row.failed === 0) row.failed = 1;
    total.passed += row.passed;
    total.failed += row.failed;
    total.skipped += row.skipped;
    rows.push(row);
  }
  // A run that recorded no phase at all did not test anything: that is a failure, not a pass.
  if (rows.length === 0) total.failed = 1;
  return { rows, total };
}

function closingLine(total) {
  return `${total.passed} passed, ${total.failed} failed` + (total.skipped > 0 ? `, ${total.skipped} skipped` : '');
}

if (require.main === module) {
  const dir = process.argv[2];
  const { rows, total } = summarise(dir);
  console.log('\n=== CI phases ===');
  for (const row of rows) {
    const status = row.code === 0 ? 'ok  ' : `FAIL (exit ${row.code})`;
    console.log(`${status} ${row.name}: ${row.passed} passed, ${row.failed} failed, ${row.skipped} skipped`);
  }
  console.log(closingLine(total));
  process.exit(total.failed > 0 ? 1 : 0);
}

module.exports = { summarise, closingLine };
