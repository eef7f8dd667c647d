// Prints one line "N passed, N failed" from the Vitest, Playwright and cross-engine JSON reports
// (CI reads it).
// Plain JavaScript so it runs on whichever Node is first on the PATH.
import { existsSync, readFileSync } from 'node:fs';

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

let passed = 0;
let failed = 0;
const unit = read('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += (unit.numFailedTests ?? 0) + (unit.numTodoTests ?? 0) + (unit.numPendingTests ?? 0);
} else {
  console.log('(no unit test report: an earlier step of `npm test` failed)');
  failed += 1;
}
const e2e = read('test-results/e2e.json');
if (e2e) {
  passed += e2e.stats?.expected ?? 0;
  failed += (e2e.stats?.unexpected ?? 0) + (e2e.stats?.flaky ?? 0) + (e2e.stats?.skipped ?? 0);
} else {
  console.log('(no browser test report: an earlier step of `npm test` failed)');
  failed += 1;
}
// The cross-engine smoke suite (tests/engines/run.ts): one test per step per engine.
const engines = read('test-results/engines.json');
if (engines) {
  passed += engines.passed ?? 0;
  failed += engines.failed ?? 0;
} else {
  console.log('(no cross-engine report: an earlier step of `npm test` failed)');
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
