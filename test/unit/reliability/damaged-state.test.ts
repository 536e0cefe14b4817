import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openServices } from '../../../main/services/open-services';
import { tempDir } from '../../support/temp-dir';

/** Damaged state on disk is detected, kept aside and repaired with a notice — never a crash, never silent loss. */
describe('damaged state', () => {
  let t: Awaited<ReturnType<typeof tempDir>>;
  afterEach(async () => t.cleanup());

  it('opens with a damaged settings file, article, story and search index, and says what it did', async () => {
    t = await tempDir();
    const userData = path.join(t.dir, 'ud');
    const libraryDir = path.join(t.dir, 'lib');
    const first = await openServices({ shell: 'cli', userData, libraryDir });
    await first.api.importFiles({ jobId: 'j', sources: [{ kind: 'text', text: 'Title: Harbour strike\n\nAbout 1,200 dockworkers walked off the job in Port Alder on Friday, union officials said.' }] });
    await first.api.createStory({ title: 'Strike' });
    await first.ctx.search.idle();
    await first.close();

    await writeFile(path.join(userData, 'config.json'), '{"theme": ');
    const [storyFile] = await readdir(path.join(libraryDir, 'stories'));
    await writeFile(path.join(libraryDir, 'stories', storyFile!), '{"type":"parallax-story", "id": 3}');
    await writeFile(path.join(libraryDir, 'articles', 'a0123456789abcdef.json'), 'not json at all');
    const indexFiles = (await readdir(path.join(libraryDir, 'index'))).filter((f) => f !== '.owner');
    for (const f of indexFiles) await writeFile(path.join(libraryDir, 'index', f), 'garbage');

    const again = await openServices({ shell: 'cli', userData, libraryDir });
    try {
      const notices = again.notices.join('\n');
      expect(notices).toMatch(/Settings were damaged and have been repaired/);
      expect(notices).toMatch(/damaged record was moved aside: .*stories/);
      expect(notices).toMatch(/damaged record was moved aside: .*a0123456789abcdef/);
      expect(notices).toMatch(/search index could not be used/);
      expect(await readdir(path.join(libraryDir, 'quarantine'))).toHaveLength(2);
      // The good article is still there and searchable once the index is rebuilt.
      expect((await again.api.listArticles({})).map((a) => a.title)).toEqual(['Harbour strike']);
      await expect.poll(async () => (await again.api.search({ query: 'dockworkers' })).total, { timeout: 10_000 }).toBe(1);
    } finally {
      await again.close();
    }
  });
});
