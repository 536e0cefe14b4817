import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ParallaxApi } from '../../shared/api/contract';
import type { StorySuggestionView } from '../../shared/api/contract-types';
import type { ClusterDoc, ExistingStory } from '../../shared/cluster/index';
import type { ArticleRecord } from '../../shared/model/article';
import { writeFileAtomic } from '../library/atomic-write';
import type { Library } from '../library/library';
import { runEngine } from '../engines/run-engine';
import type { ServiceContext } from './context';

type SuggestMethods = Pick<ParallaxApi, 'suggestStories' | 'dismissSuggestion'>;

/**
 * Automatic grouping: the articles in no story are matched against the existing stories and
 * against each other (same-event clustering, shared/cluster). Nothing is grouped silently: the
 * user accepts (createStory / setStoryArticles), edits or dismisses each suggestion.
 */
export function suggestApi(ctx: ServiceContext): SuggestMethods {
  const { library } = ctx;
  return {
    async suggestStories({ windowDays }) {
      await library.sync();
      const inStory = new Set(library.stories.allSummaries().flatMap((s) => s.articleIds));
      const loose = library.articles.allSummaries().filter((a) => !a.trashedAt && !inStory.has(a.id));
      if (loose.length === 0) return [];
      const newDocs = (await readAll(library, loose.map((a) => a.id))).map(toDoc);
      const existing: ExistingStory[] = [];
      for (const s of library.stories.allSummaries()) {
        const docs = (await readAll(library, s.articleIds)).filter((a) => !a.trashedAt).map(toDoc);
        if (docs.length > 0) existing.push({ storyId: s.id, title: s.title, docs });
      }
      const raw = await runEngine({ kind: 'suggest', newDocs, existing, options: { windowDays: windowDays ?? ctx.settings.get().groupingWindowDays } });
      const dismissed = await readDismissed(library);
      const views: StorySuggestionView[] = [];
      for (const s of raw) {
        const target =
          s.target.kind === 'existing'
            ? { kind: 'existing' as const, storyId: s.target.storyId, title: library.stories.summary(s.target.storyId)?.title ?? 'story' }
            : { kind: 'new' as const, title: s.target.title };
        const key = suggestionKey(s.articleIds, s.target.kind === 'existing' ? s.target.storyId : 'new');
        if (dismissed.has(key)) continue;
        const articles = s.articleIds.map((id) => {
          const m = library.articles.summary(id)!;
          return { id, title: m.title, outlet: m.outlet, ...(m.published ? { published: m.published } : {}) };
        });
        views.push({ key, target, articles, score: s.score, evidence: s.evidence });
      }
      return views;
    },

    async dismissSuggestion({ key }) {
      return library.write(async () => {
        const dismissed = await readDismissed(library);
        if (dismissed.has(key)) return { dismissed: false };
        dismissed.add(key);
        await writeFileAtomic(dismissedFile(library), JSON.stringify({ type: 'parallax-dismissed-suggestions', version: 1, keys: [...dismissed] }));
        return { dismissed: true };
      });
    },
  };
}

export const suggestionKey = (articleIds: string[], target: string): string => `${target}:${[...articleIds].sort().join(',')}`;

const dismissedFile = (library: Library) => path.join(library.dir, 'dismissed-suggestions.json');

async function readDismissed(library: Library): Promise<Set<string>> {
  try {
    const parsed = JSON.parse(await fs.readFile(dismissedFile(library), 'utf8')) as { keys?: unknown };
    return new Set(Array.isArray(parsed.keys) ? parsed.keys.filter((k): k is string => typeof k === 'string') : []);
  } catch {
    return new Set(); // none yet, or damaged: dismissals are a convenience, never worth a crash
  }
}

async function readAll(library: Library, ids: string[]): Promise<ArticleRecord[]> {
  const out: ArticleRecord[] = [];
  for (const id of ids) {
    const a = await library.articles.get(id);
    if (a) out.push(a);
  }
  return out;
}

function toDoc(a: ArticleRecord): ClusterDoc {
  const doc: ClusterDoc = { id: a.id, title: a.title, text: a.text, language: a.language };
  if (a.published) doc.published = a.published;
  return doc;
}
