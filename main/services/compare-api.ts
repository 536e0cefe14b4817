import { randomBytes } from 'node:crypto';
import type { ParallaxApi } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { CompareInput } from '../../shared/compare/index';
import type { Comparison } from '../../shared/compare/types';
import type { ArticleRecord } from '../../shared/model/article';
import type { Correction, StoryRecord } from '../../shared/model/story';
import { enginesRunOffThread, runEngine } from '../engines/run-engine';
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
 * A comparison being computed is shared too: a view that opens while the story's comparison is
 * under way (prefetched after an edit, or asked for by another window) waits for that one.
 */
const cache = new Map<string, Comparison>();
const inFlight = new Map<string, Promise<Comparison>>();
const CACHE_SIZE = 20;

interface CompareRequest {
  jobId?: string;
  includeTrivialDifferences?: boolean;
  corrections: Correction[];
  /** Background work: no job (and so no progress bar) of its own. */
  quiet?: boolean;
}

async function compareIds(ctx: ServiceContext, ids: string[], opts: CompareRequest): Promise<Comparison> {
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
  const running = inFlight.get(key);
  if (running) return running;
  const computing = computeComparison(ctx, articles, opts).then((comparison) => {
    cache.set(key, comparison);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return comparison;
  });
  inFlight.set(key, computing);
  try {
    return await computing;
  } finally {
    inFlight.delete(key);
  }
}

/**
 * Starts computing a story's comparison in the background after the story changed (created,
 * articles added or removed, a correction), so that opening it, or the view's own recomputation,
 * finds it done or under way. Only where the engines run on their own thread (the app and
 * browser mode): in-process, as from source or in the CLI, it would block the caller.
 */
export function prefetchStoryComparison(ctx: ServiceContext, story: StoryRecord): void {
  if (ctx.shell === 'cli' || !enginesRunOffThread() || story.articleIds.length < 2 || story.articleIds.length > 50) return;
  // A failure here is reported when the user opens the comparison and it is computed again.
  compareIds(ctx, story.articleIds, { corrections: story.corrections, quiet: true }).catch(() => undefined);
}

async function computeComparison(ctx: ServiceContext, articles: ArticleRecord[], opts: CompareRequest): Promise<Comparison> {
  if (articles.length < 2) {
    throw new ApiError('invalid-arguments', `a comparison needs at least two articles; this one has ${articles.length}`, 'Add reports of the same event from other outlets to the story.');
  }
  if (articles.length > 50) throw new ApiError('invalid-arguments', `a comparison takes at most 50 articles; this one has ${articles.length}`);
  const job = opts.quiet ? undefined : ctx.jobs.start(opts.jobId ?? `compare-${randomBytes(4).toString('hex')}`, 'compare', 1);
  try {
    const comparison = await runEngine(
      {
        kind: 'compare',
        inputs: articles.map(toInput),
        options: { aliases: ctx.settings.get().aliases, corrections: opts.corrections, includeTrivialDifferences: opts.includeTrivialDifferences ?? false },
      },
      (p) => job?.report(p.done, p.total, p.stage),
      job?.signal,
    );
    job?.finish('finished');
    return comparison;
  } catch (err) {
    job?.finish(job.cancelled ? 'cancelled' : 'failed');
    if (job?.cancelled) throw new ApiError('cancelled', 'the comparison was cancelled');
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
