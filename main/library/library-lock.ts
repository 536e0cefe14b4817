import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { processAlive } from './process-alive';

/** How long a lock may go without a heartbeat before another process may take it over. */
const STALE_MS = 30_000;
const HEARTBEAT_MS = 5_000;

export class LibraryBusyError extends Error {}

/**
 * One writer at a time per library folder, across processes (the app, browser mode, two CLI
 * imports). The lock is a directory (`mkdir` is atomic on every OS and file system) holding the
 * owner's pid; it is taken for each write and released right after, so writers interleave
 * instead of queueing behind a long import. A lock whose owner died (kill -9, crash) is detected
 * by pid on the same host, or by a missing heartbeat, and taken over.
 */
export class LibraryLock {
  private readonly dir: string;
  private held = 0;
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(libraryDir: string) {
    this.dir = path.join(libraryDir, '.lock');
  }

  async run<T>(fn: () => Promise<T>, waitMs = 120_000): Promise<T> {
    // Re-entrant within this process: a write operation may call another.
    if (this.held > 0) {
      this.held++;
      try {
        return await fn();
      } finally {
        this.held--;
      }
    }
    await this.acquire(waitMs);
    this.held = 1;
    try {
      return await fn();
    } finally {
      this.held = 0;
      await this.release();
    }
  }

  private async acquire(waitMs: number): Promise<void> {
    const deadline = Date.now() + waitMs;
    let delay = 5;
    for (;;) {
      try {
        await fs.mkdir(this.dir);
        await fs.writeFile(path.join(this.dir, 'owner.json'), JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() }));
        this.heartbeat = setInterval(() => void fs.utimes(this.dir, new Date(), new Date()).catch(() => undefined), HEARTBEAT_MS);
        this.heartbeat.unref();
        return;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      if (await this.isStale()) {
        await fs.rm(this.dir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new LibraryBusyError(`the library is busy: another Parallax process has been writing to it for over ${Math.round(waitMs / 1000)} s`);
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 200);
    }
  }

  private async release(): Promise<void> {
    clearInterval(this.heartbeat);
    await fs.rm(this.dir, { recursive: true, force: true });
  }

  private async isStale(): Promise<boolean> {
    try {
      const [stat, owner] = await Promise.all([fs.stat(this.dir), fs.readFile(path.join(this.dir, 'owner.json'), 'utf8').then(JSON.parse).catch(() => undefined)]);
      if (owner && owner.host === os.hostname() && typeof owner.pid === 'number' && !processAlive(owner.pid)) return true;
      return Date.now() - stat.mtimeMs > STALE_MS;
    } catch {
      return false; // it vanished: try again
    }
  }
}
