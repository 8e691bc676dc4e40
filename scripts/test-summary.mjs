#!/usr/bin/env node
// Sums vitest's JSON reports across packages into the closing line CI reads:
// "N passed, N failed, N skipped". A package whose report is missing counts as a failure.
import { existsSync, readFileSync } from 'node:fs';

const reports = ['packages/sdk', 'packages/widgets', 'packages/react', 'apps/storybook', 'apps/demo'];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of reports) {
  const file = `${dir}/test-results.json`;
  if (!existsSync(file)) {
    console.log(`${dir}: no test report (did its tests run?)`);
    failed++;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  // A file that failed to load has no assertions but must still count as a failure.
  const brokenFiles = (r.testResults ?? []).filter((t) => t.status === 'failed' && !(t.assertionResults ?? []).length).length;
  failed += r.numFailedTests + brokenFiles;
  skipped += r.numPendingTests + r.numTodoTests;
  console.log(`${dir}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
