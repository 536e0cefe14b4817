import type { ParallaxApi } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { STORY_SCHEMA_VERSION, type StoryRecord, type StorySummary } from '../../shared/model/story';
import type { StoryMeta } from '../library/library';
import { prefetchStoryComparison } from './compare-api';
import { nowIso, type ServiceContext } from './context';
import { newStoryId } from './ids';

type StoryMethods = Pick<
  ParallaxApi,
  'listStories' | 'getStory' | 'createStory' | 'updateStory' | 'deleteStory' | 'setStoryArticles' | 'setStoryCorrections' | 'setStoryNotes'
>;

export function storyApi(ctx: ServiceContext): StoryMethods {
  const { library, events, settings } = ctx;
  const changed = () => events.emit({ type: 'library-changed', what: 'stories' });

  /** Read-modify-write of one story as a single library write, so two windows or processes cannot lose each other's changes. */
  const change = (id: string, fn: (s: StoryRecord) => StoryRecord | Promise<StoryRecord>) =>
    library.write(async () => {
      const before = await requireStory(ctx, id);
      return save(await fn(before), before);
    });
  const save = async (story: StoryRecord, before?: StoryRecord): Promise<StoryRecord> => {
    await library.stories.put(story);
    // Story membership is a search filter: keep the index's metadata in step.
    ctx.search.refreshStories();
    changed();
    // What is compared changed: have the comparison ready (or under way) when it is opened.
    if (!before || before.articleIds.join() !== story.articleIds.join() || JSON.stringify(before.corrections) !== JSON.stringify(story.corrections)) {
      prefetchStoryComparison(ctx, story);
    }
    return story;
  };

  return {
    async listStories() {
      await library.sync();
      return library.stories
        .allSummaries()
        .map((s) => summarize(ctx, s))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },

    async getStory({ id }) {
      const story = await requireStory(ctx, id);
      settings.touchStory(id);
      return story;
    },

    async createStory({ title, description, articleIds }) {
      const missing = (articleIds ?? []).filter((a) => !library.articles.has(a));
      if (missing.length > 0) throw new ApiError('not-found', `cannot add ${missing.length} unknown article(s) to a story: ${missing.slice(0, 3).join(', ')}`);
      const now = nowIso();
      const story: StoryRecord = {
        type: 'parallax-story',
        schemaVersion: STORY_SCHEMA_VERSION,
        id: newStoryId(),
        title: title.trim(),
        description: description?.trim() ?? '',
        articleIds: [...new Set(articleIds ?? [])],
        corrections: [],
        notes: [],
        createdAt: now,
        updatedAt: now,
      };
      settings.touchStory(story.id);
      return library.write(() => save(story));
    },

    async updateStory({ id, patch }) {
      return change(id, (story) => ({ ...story, ...patch, updatedAt: nowIso() }));
    },

    async deleteStory({ id }) {
      const deleted = await library.write(() => library.stories.delete(id));
      settings.forgetStory(id);
      ctx.search.refreshStories();
      changed();
      return { deleted };
    },

    async setStoryArticles({ id, add, remove }) {
      return change(id, (story) => {
        const missing = (add ?? []).filter((a) => !library.articles.has(a));
        if (missing.length > 0) throw new ApiError('not-found', `cannot add unknown article(s) to "${story.title}": ${missing.slice(0, 3).join(', ')}`);
        const drop = new Set(remove ?? []);
        const ids = [...new Set([...story.articleIds, ...(add ?? [])])].filter((a) => !drop.has(a));
        return { ...story, articleIds: ids, updatedAt: nowIso() };
      });
    },

    async setStoryCorrections({ id, corrections }) {
      return change(id, (story) => ({ ...story, corrections, updatedAt: nowIso() }));
    },

    async setStoryNotes({ id, notes }) {
      return change(id, (story) => ({ ...story, notes, updatedAt: nowIso() }));
    },
  };
}

export async function requireStory(ctx: ServiceContext, id: string): Promise<StoryRecord> {
  const story = await ctx.library.stories.get(id);
  if (!story) throw new ApiError('not-found', `no story with id "${id}" in this library`);
  return story;
}

function summarize(ctx: ServiceContext, s: StoryMeta): StorySummary {
  const live = s.articleIds.map((id) => ctx.library.articles.summary(id)).filter((a) => a && !a.trashedAt);
  const outlets = [...new Set(live.map((a) => a!.outlet))];
  return {
    id: s.id,
    title: s.title,
    description: s.description,
    sample: s.sample,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    articleCount: live.length,
    outlets,
  };
}
