/**
 * Node-side loader for the word-vector asset that scripts/build-word-vectors.mjs writes into
 * dist/vectors/ (int8 vectors plus a word list, ~11 MB). Read once per process, on first use, and
 * kept: a comparison then costs no I/O. When the asset is missing the comparison engine scores
 * without vectors (its lexical model), so callers treat `undefined` as "fall back", not an error.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WordVectors } from '../../shared/compare/vectors';

const MAGIC = 'PXWV';
const FORMAT_VERSION = 1;
const HEADER = 16;

export interface LoadedWordVectors extends WordVectors {
  readonly count: number;
  readonly dir: string;
  /** Bytes held: the int8 table plus an estimate of the word index. */
  readonly bytes: number;
  readonly loadMs: number;
}

/**
 * Where the asset may be: $PARALLAX_VECTORS_DIR, beside the bundled code (dist/main → dist/vectors)
 * and, when running from source, the repository's dist/vectors.
 */
export function vectorDirCandidates(): string[] {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dirs = [path.resolve(here, '..', 'vectors'), path.resolve(here, '..', '..', 'dist', 'vectors')];
  const fromEnv = process.env.PARALLAX_VECTORS_DIR;
  return fromEnv ? [path.resolve(fromEnv), ...dirs] : dirs;
}

let cached: LoadedWordVectors | null | undefined;

/** The asset from the first candidate directory that has it, loaded once per process; undefined if none has. */
export function loadWordVectors(dirs: readonly string[] = vectorDirCandidates()): LoadedWordVectors | undefined {
  if (cached === undefined) {
    const dir = dirs.find((d) => existsSync(path.join(d, 'word-vectors.bin')) && existsSync(path.join(d, 'word-vectors.txt')));
    cached = dir ? readWordVectors(dir) : null;
  }
  return cached ?? undefined;
}

/** Reads the asset in `dir`. Throws, naming the file and the fix, when it is damaged. */
export function readWordVectors(dir: string): LoadedWordVectors {
  const t0 = performance.now();
  const binFile = path.join(dir, 'word-vectors.bin');
  const bin = readFileSync(binFile);
  const rebuild = 'rebuild it with `node scripts/build-word-vectors.mjs --force`';
  if (bin.length < HEADER || bin.toString('latin1', 0, 4) !== MAGIC) throw new Error(`${binFile} is not a word-vector file; ${rebuild}.`);
  const version = bin.readUInt32LE(4);
  const count = bin.readUInt32LE(8);
  const dims = bin.readUInt32LE(12);
  if (version !== FORMAT_VERSION) throw new Error(`${binFile} has format version ${version}, this build reads ${FORMAT_VERSION}; ${rebuild}.`);
  if (bin.length !== HEADER + count * dims) throw new Error(`${binFile} is truncated (${bin.length} bytes for ${count} × ${dims}); ${rebuild}.`);
  const words = readFileSync(path.join(dir, 'word-vectors.txt'), 'utf8').split('\n');
  if (words.length < count) throw new Error(`${path.join(dir, 'word-vectors.txt')} lists ${words.length} words, the vectors ${count}; ${rebuild}.`);
  const index = new Map<string, number>();
  for (let i = 0; i < count; i++) index.set(words[i]!, i);
  const table = new Int8Array(bin.buffer, bin.byteOffset + HEADER, count * dims);
  let wordBytes = 0;
  for (let i = 0; i < count; i++) wordBytes += words[i]!.length;
  return {
    dims,
    count,
    dir,
    // Map entry (~40 bytes) plus the string itself (~16 bytes of header).
    bytes: table.byteLength + wordBytes + count * 56,
    loadMs: performance.now() - t0,
    vector(word) {
      const i = index.get(word);
      return i === undefined ? undefined : table.subarray(i * dims, (i + 1) * dims);
    },
  };
}

/** For tests: forget the process-wide copy. */
export function resetWordVectorsCache(): void {
  cached = undefined;
}
