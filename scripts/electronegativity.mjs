// Electron security scan (npm @doyensec/electronegativity) over the app's own code: main/ and
// renderer/ (with package.json for the Electron version). Fails on any HIGH or MEDIUM finding.
// Reviewed exceptions are marked in the code with `eng-disable` comments that say why.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const work = mkdtempSync(path.join(os.tmpdir(), 'parallax-eng-'));
for (const part of ['main', 'renderer', 'package.json']) cpSync(part, path.join(work, part), { recursive: true });
const version = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const csv = path.join(work, 'findings.csv');
const r = spawnSync('npx', ['electronegativity', '-i', work, '-r', '-e', version, '-v', 'false', '-o', csv], { encoding: 'utf8' });
if (!existsSync(csv)) {
  console.error(r.stdout, r.stderr);
  console.error('electronegativity: the scan did not produce a report');
  process.exit(1);
}
// Each finding starts a line: CHECK_ID,"SEVERITY","CONFIDENCE","file","line:col",…
const findings = [...readFileSync(csv, 'utf8').matchAll(/^([A-Z_]+),"(\w+)","(\w+)","([^"]*)","([^"]*)"/gm)].map((m) => ({ check: m[1], severity: m[2], confidence: m[3], file: m[4], at: m[5] }));
const severe = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
console.log(`electronegativity (Electron ${version}): ${findings.length} finding(s), ${severe.length} high or medium`);
for (const f of findings) console.log(`  ${f.severity}/${f.confidence} ${f.check} ${f.file}:${f.at}`);
rmSync(work, { recursive: true, force: true });
process.exit(severe.length > 0 ? 1 : 0);
