import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Writes a file so that a reader (or a crash) only ever sees the old content or the new one:
 * write a temp file beside the target, flush it to disk, rename over the target, flush the folder.
 * Temp names start with ".tmp-" so a crashed write can be recognised and swept on open.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, opts: { durable?: boolean } = {}): Promise<void> {
  const durable = opts.durable ?? true;
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.tmp-${path.basename(target)}-${randomBytes(6).toString('hex')}`);
  const handle = await fs.open(tmp, 'w');
  try {
    await handle.writeFile(data);
    if (durable) await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(tmp, target);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
  if (durable) await syncDir(dir);
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
