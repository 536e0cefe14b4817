import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchIndexStatus } from '../../../shared/model/search';
import { SearchEngine } from '../../../main/search/search-engine';
import { HARBOUR_LIBRARY } from '../../fixtures/search/tiny-library';
import { textLookup, withTempDir } from './helpers';

const getText = textLookup(HARBOUR_LIBRARY);
const ids = (engine: SearchEngine, query: string) => engine.search({ query, limit: 100 }, getText).hits.map((h) => h.id).sort();
async function* source() {
  yield* HARBOUR_LIBRARY;
}

describe('deletion and updates', () => {
  it('removed articles disappear, stay gone after reload, and are purged by a merge', () =>
    withTempDir(async (dir) => {
      const policy = { maxSegmentsPerLanguage: 10, maxDeletedRatio: 0.3 };
      const engine = await SearchEngine.open(dir, { workers: 0, mergePolicy: policy });
      await engine.add(HARBOUR_LIBRARY.slice(0, 9));
      await engine.add(HARBOUR_LIBRARY.slice(9));
      expect(ids(engine, 'lighthouse')).toEqual(['h04', 'h05', 'h14', 'h15', 'h18']);
      await engine.remove(['h04', 'h14']);
      expect(ids(engine, 'lighthouse')).toEqual(['h05', 'h15', 'h18']);
      expect(engine.status().documents).toBe(16);
      await engine.close();

      const reloaded = await SearchEngine.open(dir, { workers: 0, mergePolicy: policy });
      expect(ids(reloaded, 'lighthouse')).toEqual(['h05', 'h15', 'h18']);
      // Deleting a third of the second segment crosses the purge threshold: it is merged away.
      await reloaded.remove(['h15', 'h18', 'h10']);
      await reloaded.idle();
      expect(ids(reloaded, 'lighthouse')).toEqual(['h05']);
      expect(ids(reloaded, 'mayor')).toEqual(['h06', 'h07', 'h11']);
      await reloaded.close();
    }));

  it('adding an article again replaces the old version', () =>
    withTempDir(async (dir) => {
      const engine = await SearchEngine.open(dir, { workers: 0 });
      await engine.add(HARBOUR_LIBRARY);
      await engine.add([{ ...HARBOUR_LIBRARY[0]!, title: 'Seagulls return to the pier', text: 'Crossings to the island are back.' }]);
      expect(ids(engine, 'union')).not.toContain('h01');
      expect(ids(engine, 'seagull')).toEqual(['h01']);
      expect(engine.status().documents).toBe(HARBOUR_LIBRARY.length);
      await engine.close();
    }));

  it('new articles are searchable as soon as add resolves', () =>
    withTempDir(async (dir) => {
      const engine = await SearchEngine.open(dir, { workers: 0 });
      await engine.add(HARBOUR_LIBRARY);
      const fresh = Array.from({ length: 10 }, (_, i) => ({ ...HARBOUR_LIBRARY[i]!, id: `n${i}`, title: `Seagull census ${i}` }));
      const started = performance.now();
      await engine.add(fresh);
      expect(engine.search({ query: 'seagull' }, () => undefined).total).toBe(10);
      expect(performance.now() - started).toBeLessThan(2000);
      await engine.close();
    }));
});

describe('building off the calling thread', () => {
  it('rebuilds through the worker pool, or on this thread when a worker cannot start', () =>
    withTempDir(async (dir) => {
      // Under the test runner the TypeScript worker entry may not load: the pool must fall back.
      const engine = await SearchEngine.open(dir, { workers: 2 });
      await engine.rebuild(source(), undefined, undefined, { batchSize: 4 });
      await engine.idle();
      expect(engine.status()).toMatchObject({ state: 'ready', documents: 18 });
      expect(engine.status().segments).toBeLessThanOrEqual(2);
      expect(ids(engine, 'lighthouse')).toEqual(['h04', 'h05', 'h14', 'h15', 'h18']);
      await engine.close();
    }));
});

describe('persistence and recovery', () => {
  it('reports a missing index as empty', () =>
    withTempDir(async (dir) => {
      const engine = await SearchEngine.open(path.join(dir, 'nothing-here'), { workers: 0 });
      expect(engine.status()).toEqual({ state: 'empty', documents: 0, segments: 0 });
      await engine.close();
    }));

  it('detects a corrupt segment and rebuilds from the source in the background', () =>
    withTempDir(async (dir) => {
      const first = await SearchEngine.open(dir, { workers: 0 });
      await first.add(HARBOUR_LIBRARY);
      await first.close();
      const segment = (await readdir(dir)).find((f) => f.startsWith('seg-'))!;
      const bytes = await readFile(path.join(dir, segment));
      bytes[bytes.length - 3] ^= 0xff; // flip bits in the postings
      await writeFile(path.join(dir, segment), bytes);

      const seen: SearchIndexStatus[] = [];
      const engine = await SearchEngine.open(dir, { workers: 0, source, onStatus: (s) => seen.push(s) });
      await engine.idle();
      await new Promise((r) => setTimeout(r, 50));
      await engine.idle();
      expect(seen.some((s) => s.state === 'building' && /checksum/.test(s.lastError ?? ''))).toBe(true);
      expect(engine.status()).toMatchObject({ state: 'ready', documents: HARBOUR_LIBRARY.length });
      expect(engine.status().lastError).toBeUndefined();
      expect(ids(engine, 'lighthouse')).toEqual(['h04', 'h05', 'h14', 'h15', 'h18']);
      await engine.close();
    }));

  it('treats an index written by another format version as outdated', () =>
    withTempDir(async (dir) => {
      const first = await SearchEngine.open(dir, { workers: 0 });
      await first.add(HARBOUR_LIBRARY);
      await first.close();
      const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
      await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, formatVersion: 0 }));
      const engine = await SearchEngine.open(dir, { workers: 0 });
      expect(engine.status()).toMatchObject({ state: 'empty', documents: 0 });
      expect(engine.status().lastError).toMatch(/outdated/);
      await engine.close();
    }));

  it('rebuilds with progress, and a cancelled rebuild keeps the old index', () =>
    withTempDir(async (dir) => {
      const engine = await SearchEngine.open(dir, { workers: 0 });
      const progress: number[] = [];
      await engine.rebuild(source(), (p) => progress.push(p.done), undefined, { batchSize: 5, total: HARBOUR_LIBRARY.length });
      expect(progress.at(-1)).toBe(HARBOUR_LIBRARY.length);
      expect(progress.length).toBeGreaterThan(2);
      expect(engine.status()).toMatchObject({ state: 'ready', documents: 18 });

      const controller = new AbortController();
      async function* slow() {
        for (const d of HARBOUR_LIBRARY) {
          if (d.id === 'h05') controller.abort();
          yield { ...d, title: 'replaced' };
        }
      }
      await expect(engine.rebuild(slow(), undefined, controller.signal, { batchSize: 2 })).rejects.toThrow(/cancelled/);
      expect(ids(engine, 'replaced')).toEqual([]);
      expect(ids(engine, 'lighthouse')).toHaveLength(5);
      await engine.close();
    }));
});
