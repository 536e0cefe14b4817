/** Shared helpers for search tests: a plain single lunr index as the reference, temp dirs, text lookup. */
import lunr from 'lunr';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getAnalyzer } from '../../../main/search/analyzers';
import { FIELD_BOOSTS, FIELDS, fieldTexts, type IndexDoc } from '../../../main/search/index-schema';

/** One plain lunr 2.3.9 index over `docs`, configured like the engine (same fields, boosts, pipelines). */
export function plainLunr(docs: IndexDoc[], analyzerKey = 'en'): lunr.Index {
  const analyzer = getAnalyzer(analyzerKey);
  const registered = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, lunr.PipelineFunction> }).registeredFunctions;
  return lunr(function () {
    this.ref('id');
    FIELDS.forEach((f, i) => this.field(f, { boost: FIELD_BOOSTS[i]! }));
    this.pipeline.reset();
    this.pipeline.add(...(analyzer.indexPipeline.toJSON() as unknown as string[]).map((n) => registered[n]!));
    this.searchPipeline.reset();
    this.searchPipeline.add(...(analyzer.searchPipeline.toJSON() as unknown as string[]).map((n) => registered[n]!));
    for (const d of docs) {
      const texts = fieldTexts(d);
      this.add(Object.fromEntries([['id', d.id], ...FIELDS.map((f, i) => [f, texts[i]])]));
    }
  });
}

export function textLookup(docs: IndexDoc[]) {
  const byId = new Map(docs.map((d) => [d.id, { title: d.title, text: d.text }]));
  return (id: string) => byId.get(id);
}

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'parallax-search-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** id → score, rounded to 9 places: segment scoring sums in a different order than lunr's dot product. */
export function scoreMap(results: Array<{ ref?: string; id?: string; score: number }>): Record<string, number> {
  return Object.fromEntries(results.map((r) => [r.ref ?? r.id!, Math.round(r.score * 1e9) / 1e9]));
}
