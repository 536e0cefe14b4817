import type { ParallaxApi } from '../../shared/api/contract';
import type { ServiceContext } from './context';

type AppMethods = Pick<ParallaxApi, 'getAppInfo' | 'getSettings' | 'updateSettings' | 'search' | 'getSearchStatus' | 'cancelJob'>;

export function appApi(ctx: ServiceContext): AppMethods {
  return {
    async getAppInfo() {
      await ctx.library.sync();
      return {
        name: 'Parallax',
        version: ctx.version,
        shell: ctx.shell === 'electron' ? 'electron' : 'web',
        libraryPath: ctx.library.dir,
        settingsPath: ctx.settings.path,
        articleCount: ctx.library.articles.allSummaries().filter((a) => !a.trashedAt).length,
        storyCount: ctx.library.stories.size,
      };
    },
    async getSettings() {
      return ctx.settings.get();
    },
    async updateSettings({ patch }) {
      const next = ctx.settings.update(patch);
      ctx.events.emit({ type: 'library-changed', what: 'settings' });
      return next;
    },
    async search(req) {
      await ctx.library.sync();
      return ctx.search.search(req);
    },
    async getSearchStatus() {
      return ctx.search.status();
    },
    async cancelJob({ jobId }) {
      return { cancelled: ctx.jobs.cancel(jobId) };
    },
  };
}
