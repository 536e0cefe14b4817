import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTICLE_SCHEMA_VERSION, type ArticleRecord } from '../../../shared/model/article';
import { writeFileAtomic } from '../../../main/library/atomic-write';
import { Library } from '../../../main/library/library';
import { tempDir } from '../../support/temp-dir';

const article = (id: string, over: Partial<ArticleRecord> = {}): ArticleRecord => ({
  type: 'parallax-article',
  schemaVersion: ARTICLE_SCHEMA_VERSION,
  id,
  title: `Title ${id}`,
  outlet: 'Meridian',
  authors: [],
  language: 'en',
  text: 'Body text.',
  removed: [],
  source: { kind: 'text', extractor: 'parallax', extractorVersion: 1 },
  contentHash: `hash-${id}`,
  wordCount: 2,
  importedAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...over,
});

describe('library folder', () => {
  let t: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => (t = await tempDir()));
  afterEach(async () => t.cleanup());

  it('creates its layout and marker, and reopens what it saved', async () => {
    const lib = await Library.open(t.dir);
    await lib.articles.put(article('a1'));
    expect(JSON.parse(await readFile(path.join(t.dir, 'library.json'), 'utf8'))).toEqual({ type: 'parallax-library', version: 1 });
    const again = await Library.open(t.dir);
    expect(again.articles.summary('a1')).toMatchObject({ id: 'a1', title: 'Title a1' });
    expect(await again.articles.get('a1')).toEqual(article('a1'));
  });

  it('moves a damaged or invalid record to quarantine and tells, keeping the rest', async () => {
    const lib = await Library.open(t.dir);
    await lib.articles.put(article('good'));
    await writeFile(path.join(t.dir, 'articles', 'broken.json'), '{"type": "parallax-article", "id": "bro');
    await writeFile(path.join(t.dir, 'articles', 'wrongshape.json'), JSON.stringify({ ...article('wrongshape'), authors: 'nobody' }));
    const again = await Library.open(t.dir);
    expect(again.articles.size).toBe(1);
    expect(again.quarantined.map((q) => q.problem).sort()).toEqual(['authors: Invalid input: expected array, received string', 'not valid JSON (damaged or truncated)']);
    expect((await readdir(path.join(t.dir, 'quarantine'))).length).toBe(2);
  });

  it('sweeps temp files left by a write that crashed', async () => {
    await Library.open(t.dir);
    await writeFile(path.join(t.dir, 'articles', '.tmp-a9.json-123456'), '{"half": ');
    await Library.open(t.dir);
    expect(await readdir(path.join(t.dir, 'articles'))).toEqual([]);
  });

  it('refuses a non-empty folder that is not a library, and one from a newer version', async () => {
    await writeFile(path.join(t.dir, 'thesis.docx'), 'x');
    await expect(Library.open(t.dir)).rejects.toThrow(/not a Parallax library/);
    const newer = path.join(t.dir, 'newer');
    await mkdir(newer);
    await writeFile(path.join(newer, 'library.json'), JSON.stringify({ type: 'parallax-library', version: 99 }));
    await expect(Library.open(newer)).rejects.toThrow(/newer Parallax/);
  });

  it('stores originals once by content', async () => {
    const lib = await Library.open(t.dir);
    const bytes = new TextEncoder().encode('<html>same</html>');
    const a = await lib.originals.put(bytes);
    const b = await lib.originals.put(bytes);
    expect(a).toBe(b);
    expect(await lib.originals.get(a)).toEqual(bytes);
    expect((await readdir(path.join(t.dir, 'originals', a.slice(0, 2))))).toEqual([a]);
  });

  it('atomic write replaces the whole file or nothing', async () => {
    const file = path.join(t.dir, 'x.json');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two');
    expect(await readFile(file, 'utf8')).toBe('two');
    expect(await readdir(t.dir)).toEqual(['x.json']);
  });
});
