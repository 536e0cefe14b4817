import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderSyncBatch, writeFileAtomic } from '../../../main/library/atomic-write';
import { tempDir } from '../../support/temp-dir';

const exists = (file: string) => access(file).then(() => true, () => false);

describe('writeFileAtomic: deferred folder flush and ordered renames', () => {
  let t: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => (t = await tempDir()));
  afterEach(async () => t.cleanup());

  it('writes the whole file with the folder flush left to a batch, and leaves no temp file', async () => {
    const batch = new FolderSyncBatch();
    const file = path.join(t.dir, 'record.json');
    await writeFileAtomic(file, '{"id":"a1"}', { folderSync: batch });
    await writeFileAtomic(file, '{"id":"a2"}', { folderSync: batch });
    await batch.flush();
    expect(await readFile(file, 'utf8')).toBe('{"id":"a2"}');
    expect(await readdir(t.dir)).toEqual(['record.json']);
  });

  it('renames into place only after `after` has succeeded', async () => {
    let release!: () => void;
    const after = new Promise<void>((resolve) => (release = resolve));
    const file = path.join(t.dir, 'late.json');
    const writing = writeFileAtomic(file, 'late', { after });
    await new Promise((r) => setTimeout(r, 30));
    expect(await exists(file)).toBe(false);
    release();
    await writing;
    expect(await readFile(file, 'utf8')).toBe('late');
  });

  it('gives up, leaving neither the file nor a temp file, when `after` fails', async () => {
    const file = path.join(t.dir, 'orphan.json');
    await expect(writeFileAtomic(file, 'never', { after: Promise.reject(new Error('original lost')) })).rejects.toThrow('original lost');
    expect(await readdir(t.dir)).toEqual([]);
  });
});
