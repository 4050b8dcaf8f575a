'use strict';
/**
 * Where every CI phase leaves its counts: one JSON file per test run under CI_RESULTS_DIR,
 * `{ phase, passed, failed, skipped }`, summed by summary.js into the run's closing line.
 * Without CI_RESULTS_DIR (a developer's run) nothing is written.
 */
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

let recorded = 0;

function recordResults(source, counts) {
  const dir = process.env.CI_RESULTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const phase = process.env.CI_PHASE || 'unnamed';
  recorded += 1;
  const file = join(dir, `${phase}.${source}.${process.pid}.${Date.now()}.${recorded}.json`);
  writeFileSync(file, JSON.stringify({ phase, source, ...counts }));
}

module.exports = { recordResults };
