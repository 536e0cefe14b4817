import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { type FolderSyncBatch, writeFileAtomic } from './atomic-write';

/**
 * The exact bytes of every imported file, stored once by content (sha256), so re-extraction
 * after an extractor upgrade works from the real original and re-importing a file costs nothing.
 */
export class OriginalStore {
  constructor(readonly dir: string) {}

  static hash(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('hex');
  }

  /** Stores the bytes (once: a file already there is kept). `sha256` saves hashing again when the caller has it. */
  async put(bytes: Uint8Array, opts: { sha256?: string; folderSync?: FolderSyncBatch } = {}): Promise<string> {
    const sha256 = opts.sha256 ?? OriginalStore.hash(bytes);
    const file = this.fileOf(sha256);
    try {
      await fs.access(file);
    } catch {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, bytes, { folderSync: opts.folderSync });
    }
    return sha256;
  }

  async get(sha256: string): Promise<Uint8Array | undefined> {
    try {
      return new Uint8Array(await fs.readFile(this.fileOf(sha256)));
    } catch {
      return undefined;
    }
  }

  private fileOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`invalid content hash "${sha256}"`);
    return path.join(this.dir, sha256.slice(0, 2), sha256);
  }
}
