// `npm test`: typecheck, lint, build, then every vitest project (unit, contract, end-to-end).
// Prints one closing line "total: N passed, N failed, N skipped" and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const steps = [
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['build', 'npm', ['run', '-s', 'build']],
  ['electronegativity', 'node', ['scripts/electronegativity.mjs']],
];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const [name, cmd, args] of steps) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status === 0) passed++;
  else {
    failed++;
    console.error(`\n✗ ${name} failed (exit ${r.status})\n`);
  }
}

mkdirSync('.test-output', { recursive: true });
const report = '.test-output/vitest.json';
const r = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { stdio: 'inherit' });
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  skipped += json.numPendingTests + json.numTodoTests;
  if (json.numTotalTests === 0) failed++;
  // A suite that failed to load has no tests in the counts: count it as a failure.
  failed += (json.testResults ?? []).filter((s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0).length;
} catch {
  console.error('could not read the vitest report');
  failed++;
}
if (r.status !== 0 && failed === 0) failed++;
console.log(`\ntotal: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
