import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadWordVectors, readWordVectors, resetWordVectorsCache } from '../../../main/compare/word-vectors';

const root = mkdtempSync(path.join(tmpdir(), 'parallax-vectors-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => resetWordVectorsCache());

/** An asset in the format scripts/build-word-vectors.mjs writes: "PXWV", version, count, dims, int8 table; words one a line. */
function writeAsset(name: string, words: string[], rows: number[][], version = 1): string {
  const dir = path.join(root, name);
  const dims = rows[0]!.length;
  const bin = Buffer.alloc(16 + rows.length * dims);
  bin.write('PXWV', 0, 'latin1');
  bin.writeUInt32LE(version, 4);
  bin.writeUInt32LE(rows.length, 8);
  bin.writeUInt32LE(dims, 12);
  rows.flat().forEach((v, i) => bin.writeInt8(v, 16 + i));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'word-vectors.bin'), bin);
  writeFileSync(path.join(dir, 'word-vectors.txt'), `${words.join('\n')}\n`);
  return dir;
}

describe('word-vector asset loader', () => {
  it('reads the vectors of known words and nothing for unknown ones', () => {
    const dir = writeAsset('ok', ['ferry', 'boat'], [[127, 0, -3], [100, 20, 0]]);
    const v = readWordVectors(dir);
    expect(v.count).toBe(2);
    expect(v.dims).toBe(3);
    expect([...v.vector('boat')!]).toEqual([100, 20, 0]);
    expect(v.vector('pier')).toBeUndefined();
  });

  it('names the file and the fix when the asset is damaged', () => {
    const bad = writeAsset('old', ['ferry'], [[1, 2]], 9);
    expect(() => readWordVectors(bad)).toThrow(/format version 9.*build-word-vectors\.mjs --force/);
    const cut = writeAsset('cut', ['ferry', 'boat'], [[1, 2], [3, 4]]);
    writeFileSync(path.join(cut, 'word-vectors.bin'), Buffer.from('PXWV'));
    expect(() => readWordVectors(cut)).toThrow(/word-vectors\.bin is/);
  });

  it('loads once per process from the first directory that has the asset, and gives undefined when none has', () => {
    expect(loadWordVectors([path.join(root, 'missing')])).toBeUndefined();
    resetWordVectorsCache();
    const dir = writeAsset('first', ['pier'], [[5, 5]]);
    const a = loadWordVectors([path.join(root, 'missing'), dir]);
    expect(a?.dir).toBe(dir);
    expect(loadWordVectors([path.join(root, 'missing'), dir])).toBe(a);
  });
});
