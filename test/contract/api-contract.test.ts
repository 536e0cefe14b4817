import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { methodNames } from '../../shared/api/method-names';
import { tempServices } from '../support/temp-services';
import { httpUnderTest, ipcUnderTest, type TransportUnderTest } from '../support/transports';

/**
 * The contract suite: the same expectations, run through browser mode's HTTP transport and the
 * desktop app's IPC transport, each in front of real services on a real library folder.
 */
const ARTICLE = `Title: Ceasefire talks end without a deal
Source: The Daily Meridian
URL: https://meridian.example/world/ceasefire-talks

Negotiators met for nearly five hours in Valmora on Tuesday but left without an agreement, officials said.

The delegation was led by foreign minister Anya Petrova, who called the talks "frank and useful".

Both sides agreed to meet again next week, according to a statement released after the meeting.`;

describe.each([
  ['http', httpUnderTest],
  ['ipc', ipcUnderTest],
] as const)('API contract over %s', (_name, makeTransport) => {
  let env: Awaited<ReturnType<typeof tempServices>>;
  let t: TransportUnderTest;

  beforeAll(async () => {
    env = await tempServices();
    t = await makeTransport(env.api, env.ctx.events);
  });
  afterAll(async () => {
    await t.close();
    await env.cleanup();
  });

  it('exposes every method of the contract', () => {
    for (const name of methodNames) expect(typeof t.client.api[name]).toBe('function');
  });

  it('describes the app and an empty library', async () => {
    const info = await t.client.api.getAppInfo({});
    expect(info).toMatchObject({ name: 'Parallax', articleCount: 0, storyCount: 0 });
    expect(info.libraryPath).toBe(env.ctx.library.dir);
    expect(await t.client.api.listArticles({})).toEqual([]);
  });

  it('saves settings and refuses invalid ones with a message naming the field', async () => {
    const s = await t.client.api.updateSettings({ patch: { theme: 'dark', aliases: [['Kiev', 'Kyiv']] } });
    expect(s.theme).toBe('dark');
    expect((await t.client.api.getSettings({})).aliases).toEqual([['Kiev', 'Kyiv']]);
    const err = await t.client.api.updateSettings({ patch: { theme: 'purple' as never } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('invalid-arguments');
    expect((err as ApiError).message).toMatch(/^updateSettings: patch\.theme/);
  });

  it('answers unknown ids with not-found, not an exception', async () => {
    const err = await t.client.api.getArticle({ id: 'a0000000000000000' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('not-found');
    expect((err as ApiError).message).toContain('a0000000000000000');
  });

  it('rejects ids that could escape the library folder', async () => {
    const err = await t.client.api.getArticle({ id: '../../etc/passwd' }).catch((e: unknown) => e);
    expect((err as ApiError).code).toBe('invalid-arguments');
  });

  it('imports pasted text, lists, edits, trashes and restores it', async () => {
    const report = await t.client.api.importFiles({ jobId: `job-${t.name}-1`, sources: [{ kind: 'text', text: ARTICLE }] });
    expect(report.summary).toMatchObject({ files: 1, imported: 1, articles: 1, failed: 0 });
    const [ref] = report.results[0]!.articles;
    const article = await t.client.api.getArticle({ id: ref!.id });
    expect(article.title).toBe('Ceasefire talks end without a deal');
    expect(article.outlet).toBe('The Daily Meridian');
    expect(article.url).toBe('https://meridian.example/world/ceasefire-talks');
    expect(article.text).toContain('Anya Petrova');

    const again = await t.client.api.importFiles({ jobId: `job-${t.name}-2`, sources: [{ kind: 'text', text: ARTICLE }] });
    expect(again.results[0]).toMatchObject({ status: 'duplicate', duplicateOf: ref!.id });

    const edited = await t.client.api.updateArticle({ id: ref!.id, patch: { outlet: 'Daily Meridian', published: '2025-12-02' } });
    expect(edited).toMatchObject({ outlet: 'Daily Meridian', published: '2025-12-02', edited: ['outlet', 'published'] });
    expect(await t.client.api.listOutlets({})).toEqual([{ name: 'Daily Meridian', count: 1 }]);

    expect(await t.client.api.trashArticles({ ids: [ref!.id] })).toEqual({ count: 1 });
    expect(await t.client.api.listArticles({})).toHaveLength(0);
    expect(await t.client.api.listArticles({ trashed: true })).toHaveLength(1);
    expect(await t.client.api.restoreArticles({ ids: [ref!.id] })).toEqual({ count: 1 });
    expect((await t.client.api.listArticles({})).map((a) => a.id)).toEqual([ref!.id]);
  });

  it('finds an imported article through search, with a highlighted snippet', async () => {
    const res = await t.client.api.search({ query: 'Petrova' });
    expect(res.problem).toBeUndefined();
    expect(res.hits.map((h) => h.title)).toContain('Ceasefire talks end without a deal');
    const hit = res.hits[0]!;
    const [a, b] = hit.snippets[0]!.highlights[0]!;
    expect(hit.snippets[0]!.text.slice(a, b)).toBe('Petrova');
  });

  it('reports a malformed query with its position instead of failing', async () => {
    const res = await t.client.api.search({ query: 'title:' });
    expect(res.hits).toEqual([]);
    expect(res.problem?.message).toBeTruthy();
    expect(res.problem!.start).toBeGreaterThanOrEqual(0);
  });

  it('creates, fills, renames and deletes a story', async () => {
    const [article] = await t.client.api.listArticles({});
    const story = await t.client.api.createStory({ title: 'Valmora talks', articleIds: [article!.id] });
    expect(story.articleIds).toEqual([article!.id]);
    expect((await t.client.api.listStories({}))[0]).toMatchObject({ id: story.id, articleCount: 1, outlets: ['Daily Meridian'] });
    expect((await t.client.api.listArticles({ filters: { storyId: story.id } })).map((a) => a.id)).toEqual([article!.id]);
    const renamed = await t.client.api.updateStory({ id: story.id, patch: { title: 'Valmora ceasefire talks' } });
    expect(renamed.title).toBe('Valmora ceasefire talks');
    expect((await t.client.api.getSettings({})).recentStories[0]).toBe(story.id);
    const emptied = await t.client.api.setStoryArticles({ id: story.id, remove: [article!.id] });
    expect(emptied.articleIds).toEqual([]);
    expect(await t.client.api.deleteStory({ id: story.id })).toEqual({ deleted: true });
    expect(await t.client.api.listStories({})).toEqual([]);
  });

  it('merges outlet names in the library, in search filters and for later imports', async () => {
    await t.client.api.importFiles({
      jobId: `job-${t.name}-merge`,
      sources: [{ kind: 'text', text: ARTICLE.replace('The Daily Meridian', 'meridian.example').replace('Ceasefire talks', 'Harbour talks').replace('Valmora', 'Port Alder') }],
    });
    expect((await t.client.api.listOutlets({})).map((o) => o.name).sort()).toEqual(['Daily Meridian', 'meridian.example']);
    expect(await t.client.api.mergeOutlets({ from: ['meridian.example'], into: 'Daily Meridian' })).toEqual({ articles: 1 });
    expect(await t.client.api.listOutlets({})).toEqual([{ name: 'Daily Meridian', count: 2 }]);
    const hits = await t.client.api.search({ query: 'talks', filters: { outlets: ['Daily Meridian'] } });
    expect(hits.total).toBe(2);
    const later = await t.client.api.importFiles({
      jobId: `job-${t.name}-merge2`,
      sources: [{ kind: 'text', text: ARTICLE.replace('The Daily Meridian', 'MERIDIAN.EXAMPLE').replace('Ceasefire talks', 'Dock strike').replace('Valmora', 'Easthaven') }],
    });
    expect(later.results[0]!.articles[0]!.outlet).toBe('Daily Meridian');
  });

  it('reports a failed file in the batch and goes on with the rest', async () => {
    const report = await t.client.api.importFiles({
      jobId: `job-${t.name}-3`,
      sources: [
        { kind: 'path', path: '/definitely/not/here.html' },
        { kind: 'text', text: ARTICLE.replace('Ceasefire talks', 'Second round of talks').replace('Tuesday', 'Friday') },
      ],
    });
    expect(report.results.map((r) => r.status)).toEqual(['failed', 'imported']);
    expect(report.results[0]!.message).toMatch(/not found/);
  });
});
