import type { ParallaxApi } from '../../shared/api/contract';
import { STORY_SCHEMA_VERSION, type StoryRecord } from '../../shared/model/story';
import { SAMPLE_STORY } from '../../shared/sample/sample-story';
import { makeRecord } from '../import/make-record';
import { prefetchStoryComparison } from './compare-api';
import { nowIso, type ServiceContext } from './context';
import { newArticleId, newStoryId } from './ids';

type SampleMethods = Pick<ParallaxApi, 'installSampleStory' | 'removeSampleStory'>;

/**
 * The sample story a newcomer sees before importing anything: fictional outlets reporting one
 * fictional event, written for the project. Its articles are ordinary records marked with
 * source kind "sample", so they can be removed with one click and nothing else is touched.
 */
export function sampleApi(ctx: ServiceContext): SampleMethods {
  const { library } = ctx;
  return {
    async installSampleStory() {
      const story = await library.write(() => install(ctx));
      prefetchStoryComparison(ctx, story);
      return story;
    },

    async removeSampleStory() {
      return library.write(() => remove(ctx));
    },
  };
}

async function install(ctx: ServiceContext): Promise<StoryRecord> {
  const { library } = ctx;
  const existing = library.stories.allSummaries().find((s) => s.sample);
  if (existing) return (await library.stories.get(existing.id))!;
  const now = nowIso();
  const ids: string[] = [];
  const records = [];
  for (const a of SAMPLE_STORY.articles) {
    const record = makeRecord({ ...a, removed: [], language: 'en' }, { id: newArticleId(), sourceKind: 'sample', now });
    await library.articles.put(record);
    records.push(record);
    ids.push(record.id);
  }
  const story: StoryRecord = {
    type: 'parallax-story',
    schemaVersion: STORY_SCHEMA_VERSION,
    id: newStoryId(),
    title: SAMPLE_STORY.title,
    description: SAMPLE_STORY.description,
    articleIds: ids,
    corrections: [],
    notes: [],
    sample: true,
    createdAt: now,
    updatedAt: now,
  };
  await library.stories.put(story);
  await ctx.search.upsert(records);
  ctx.search.refreshStories();
  ctx.events.emit({ type: 'library-changed', what: 'stories' });
  ctx.events.emit({ type: 'library-changed', what: 'articles' });
  return story;
}

async function remove(ctx: ServiceContext): Promise<{ removed: number }> {
  const { library } = ctx;
  let removed = 0;
  for (const s of library.stories.allSummaries().filter((st) => st.sample)) {
    await library.stories.delete(s.id);
    ctx.settings.forgetStory(s.id);
  }
  const sampleArticles = library.articles.allSummaries().filter((a) => a.sourceKind === 'sample').map((a) => a.id);
  for (const id of sampleArticles) if (await library.articles.delete(id)) removed++;
  await ctx.search.remove(sampleArticles);
  ctx.search.refreshStories();
  ctx.events.emit({ type: 'library-changed', what: 'stories' });
  ctx.events.emit({ type: 'library-changed', what: 'articles' });
  return { removed };
}
