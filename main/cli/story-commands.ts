import type { ParallaxApi } from '../../shared/api/contract';
import { CliUsageError, printJson, type CliOutput } from './cli-io';

/** `parallax stories [--suggest]`: the library's stories, or suggested ones for articles in none. */
export async function storiesCommand(io: CliOutput, api: ParallaxApi, opts: { suggest?: boolean } = {}): Promise<number> {
  if (opts.suggest) {
    const suggestions = await api.suggestStories({});
    if (io.json) printJson(io, suggestions);
    else
      for (const s of suggestions) {
        io.out(s.target.kind === 'existing' ? `add to ${s.target.storyId} (${s.target.title}):` : `new story "${s.target.title}":`);
        for (const a of s.articles) io.out(`  ${a.id}  ${a.outlet} · ${a.title}`);
      }
    return 0;
  }
  const stories = await api.listStories({});
  if (io.json) printJson(io, stories);
  else for (const s of stories) io.out(`${s.id}  ${String(s.articleCount).padStart(3)} articles  ${s.title}${s.outlets.length ? `  (${s.outlets.join(', ')})` : ''}`);
  return 0;
}

/** `parallax story create TITLE [IDS…]`, `parallax story add|remove STORY IDS…`. */
export async function storyCommand(io: CliOutput, api: ParallaxApi, args: string[]): Promise<number> {
  const [action, target, ...ids] = args;
  let story;
  switch (action) {
    case 'create':
      if (!target) throw new CliUsageError('story create needs a TITLE');
      story = await api.createStory({ title: target, articleIds: ids });
      break;
    case 'add':
    case 'remove':
      if (!target || ids.length === 0) throw new CliUsageError(`story ${action} needs a STORY id and at least one article id`);
      story = await api.setStoryArticles({ id: target, ...(action === 'add' ? { add: ids } : { remove: ids }) });
      break;
    default:
      throw new CliUsageError('story takes create, add or remove');
  }
  if (io.json) printJson(io, story);
  else io.out(`${story.id}  ${story.articleIds.length} articles  ${story.title}`);
  return 0;
}
