'use strict';
/** A jest reporter that leaves the run's counts for the CI summary (see results.js). */
const { recordResults } = require('./results');

class JestResultsReporter {
  onRunComplete(_contexts, results) {
    recordResults('jest', {
      passed: results.numPassedTests,
      // A suite that cannot run (a syntax error, a failing hook) has no failed test of its own.
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    });
  }
}

module.exports = JestResultsReporter;
