// Reads vitest's JSON report and prints the CI summary. The type check and the linter count as
// one check each. Exits non-zero when anything failed, was skipped, or no test ran at all.
import { readFileSync } from "node:fs";

const [file, checksPassed = "0", checksFailed = "0", testStatus = "1"] = process.argv.slice(2);
let report = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, numTotalTests: 0 };
try {
  report = JSON.parse(readFileSync(file, "utf8"));
} catch {
  console.log("ci: no test report was written");
}
const passed = report.numPassedTests + Number(checksPassed);
const skipped = report.numPendingTests + report.numTodoTests;
// A crashed run (no report, suite errors) counts as one failure even if no single test failed.
const crashed = Number(testStatus) !== 0 && report.numFailedTests === 0 ? 1 : 0;
const failed = report.numFailedTests + Number(checksFailed) + crashed;
if (skipped > 0) console.log(`ci: ${skipped} tests were skipped; CI runs everything`);
if (report.numTotalTests === 0) console.log("ci: no test ran");
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || skipped > 0 || report.numTotalTests === 0 ? 1 : 0);
