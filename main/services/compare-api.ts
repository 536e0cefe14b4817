import { randomBytes } from 'node:crypto';
import type { ParallaxApi } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { CompareInput } from '../../shared/compare/index';
import type { Comparison } from '../../shared/compare/types';
import type { ArticleRecord } from '../../shared/model/article';
import type { Correction } from '../../shared/model/story';
import { runEngine } from '../engines/run-engine';
import type { ServiceContext } from './context';
import { requireStory } from './story-api';

type CompareMethods = Pick<ParallaxApi, 'compareStory' | 'compareArticles'>;

export function compareApi(ctx: ServiceContext): CompareMethods {
  return {
    async compareStory({ id, jobId, includeTrivialDifferences }) {
      const story = await requireStory(ctx, id);
      ctx.settings.touchStory(id);
      return compareIds(ctx, story.articleIds, { jobId, includeTrivialDifferences, corrections: story.corrections });
    },
    async compareArticles({ articleIds, jobId, includeTrivialDifferences }) {
      return compareIds(ctx, articleIds, { jobId, includeTrivialDifferences, corrections: [] });
    },
  };
}

/**
 * Recent comparisons, keyed by everything that determines the result (articles and their last
 * change, corrections, aliases, options): reopening a story, or switching back to it, is instant.
 */
const cache = new Map<string, Comparison>();
const CACHE_SIZE = 20;

async function compareIds(
  ctx: ServiceContext,
  ids: string[],
  opts: { jobId?: string; includeTrivialDifferences?: boolean; corrections: Correction[] },
): Promise<Comparison> {
  const articles: ArticleRecord[] = [];
  for (const id of new Set(ids)) {
    const a = await ctx.library.articles.get(id);
    if (a && !a.trashedAt) articles.push(a);
  }
  const key = JSON.stringify([
    ctx.library.dir,
    articles.map((a) => [a.id, a.updatedAt]),
    opts.corrections,
    ctx.settings.get().aliases,
    opts.includeTrivialDifferences ?? false,
  ]);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const comparison = await computeComparison(ctx, articles, opts);
  cache.set(key, comparison);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return comparison;
}

async function computeComparison(
  ctx: ServiceContext,
  articles: ArticleRecord[],
  opts: { jobId?: string; includeTrivialDifferences?: boolean; corrections: Correction[] },
): Promise<Comparison> {
  if (articles.length < 2) {
    throw new ApiError('invalid-arguments', `a comparison needs at least two articles; this one has ${articles.length}`, 'Add reports of the same event from other outlets to the story.');
  }
  if (articles.length > 50) throw new ApiError('invalid-arguments', `a comparison takes at most 50 articles; this one has ${articles.length}`);
  const job = ctx.jobs.start(opts.jobId ?? `compare-${randomBytes(4).toString('hex')}`, 'compare', 1);
  try {
    const comparison = await runEngine(
      {
        kind: 'compare',
        inputs: articles.map(toInput),
        options: { aliases: ctx.settings.get().aliases, corrections: opts.corrections, includeTrivialDifferences: opts.includeTrivialDifferences ?? false },
      },
      (p) => job.report(p.done, p.total, p.stage),
      job.signal,
    );
    job.finish('finished');
    return comparison;
  } catch (err) {
    job.finish(job.cancelled ? 'cancelled' : 'failed');
    if (job.cancelled) throw new ApiError('cancelled', 'the comparison was cancelled');
    throw err;
  }
}

export function toInput(a: ArticleRecord): CompareInput {
  const input: CompareInput = { id: a.id, outlet: a.outlet, title: a.title, text: a.text, language: a.language, authors: a.authors };
  if (a.published) input.published = a.published;
  if (a.url) input.url = a.url;
  if (a.lede) input.lede = a.lede;
  return input;
}
