// Adds up vitest's JSON reports (and failed static checks) into CI's closing line: "N passed, N failed".
// A report that is missing or unreadable counts as a failure, so a crashed run cannot look green.
import { existsSync, readFileSync } from 'node:fs';

const [checksFailed = '0', ...reports] = process.argv.slice(2);
let passed = 0;
let failed = Number(checksFailed);
let skipped = 0;
for (const file of reports) {
  if (!existsSync(file)) {
    console.log(`${file}: missing (the test run crashed)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  // A suite that failed to load has no tests in it, but it is still a failure.
  const brokenSuites = report.testResults.filter(
    (r) => r.status === 'failed' && r.assertionResults.length === 0,
  ).length;
  failed += brokenSuites;
  if (report.numTotalTests === 0) failed += 1;
  console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests + brokenSuites} failed`);
}
const line = `${passed} passed, ${failed} failed`;
console.log(skipped > 0 ? `${line}, ${skipped} skipped` : line);
process.exit(failed > 0 ? 1 : 0);
