import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { processAlive } from '../library/process-alive';

/**
 * Ownership of an index folder for the life of a process: the first process to open it (the app,
 * browser mode, or a lone CLI run) writes it; the others read it and keep their additions in
 * memory. An owner that died (crash, kill -9) is recognised by its pid and replaced.
 */
export async function claimIndex(indexDir: string): Promise<(() => Promise<void>) | undefined> {
  const dir = path.join(indexDir, '.owner');
  await fs.mkdir(indexDir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.mkdir(dir);
      await fs.writeFile(path.join(dir, 'owner.json'), JSON.stringify({ pid: process.pid, host: os.hostname() }));
      return () => fs.rm(dir, { recursive: true, force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = await fs.readFile(path.join(dir, 'owner.json'), 'utf8').then((t) => JSON.parse(t) as { pid?: number; host?: string }, () => undefined);
    // No owner file yet: another process is between its mkdir and its write; it owns the index.
    // A claim with our own pid was left by an earlier open in this process (or a reused pid): take it over.
    if (!owner || owner.host !== os.hostname() || typeof owner.pid !== 'number' || (owner.pid !== process.pid && processAlive(owner.pid))) return undefined;
    await fs.rm(dir, { recursive: true, force: true });
  }
  return undefined;
}
