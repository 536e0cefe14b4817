import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Writes a file so that a reader (or a crash) only ever sees the old content or the new one:
 * write a temp file beside the target, flush it to disk, rename over the target, flush the folder.
 * Temp names start with ".tmp-" so a crashed write can be recognised and swept on open.
 */
export interface AtomicWriteOptions {
  /** Flush data and folder to disk (default true). False for hints that may be lost in a power cut. */
  durable?: boolean;
  /**
   * Leave the folder flush to this batch instead of doing it now. The file's data is still
   * flushed before the rename, so after a power cut the file is either complete or absent
   * (never empty or half-written); the batch's `flush()` makes the renames themselves durable.
   */
  folderSync?: FolderSyncBatch;
  /**
   * Rename only once this has succeeded (the temp file is written meanwhile): lets a record
   * and the original it points to be flushed to disk at the same time while the record still
   * appears strictly after the original. If it fails, the temp file is removed and the write fails.
   */
  after?: Promise<unknown>;
}

export async function writeFileAtomic(target: string, data: string | Uint8Array, opts: AtomicWriteOptions = {}): Promise<void> {
  const durable = opts.durable ?? true;
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.tmp-${path.basename(target)}-${randomBytes(6).toString('hex')}`);
  // Awaited below, after the temp file is written; a failure meanwhile is not an unhandled one.
  opts.after?.catch(() => undefined);
  try {
    const handle = await fs.open(tmp, 'w');
    try {
      await handle.writeFile(data);
      if (durable) await handle.sync();
    } finally {
      await handle.close();
    }
    if (opts.after) await opts.after;
    await fs.rename(tmp, target);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
  if (!durable) return;
  if (opts.folderSync) opts.folderSync.add(dir);
  else await syncDir(dir);
}

/**
 * Folders whose renames still need flushing, flushed once at the end of a batch (an import
 * job) rather than once per file: one folder flush instead of hundreds.
 */
export class FolderSyncBatch {
  private readonly dirs = new Set<string>();

  add(dir: string): void {
    this.dirs.add(dir);
  }

  async flush(): Promise<void> {
    const dirs = [...this.dirs];
    this.dirs.clear();
    await Promise.all(dirs.map(syncDir));
  }
}

async function syncDir(dir: string): Promise<void> {
  // Makes the rename itself durable. Not supported on Windows (EISDIR/EPERM): harmless to skip there.
  try {
    const h = await fs.open(dir, 'r');
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    /* best effort */
  }
}

export const isTempName = (name: string): boolean => name.startsWith('.tmp-');
