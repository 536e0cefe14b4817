import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RestoreResult } from '../../shared/model/record-schemas';
import { type AtomicWriteOptions, isTempName, writeFileAtomic } from './atomic-write';

/** A record file that could not be read and was moved aside, so the user can be told. */
export interface QuarantinedRecord {
  file: string;
  movedTo: string;
  problem: string;
}

/**
 * One folder of JSON records, one file per record (`<id>.json`), each validated and migrated
 * through `restore` on load. A file that fails is moved to `<library>/quarantine/` (never
 * deleted) and reported; a temp file left by a crashed write is removed.
 *
 * Only the small `summary` of each record is kept in memory; full records are read on demand,
 * so a library of 40,000 articles does not hold every body in RAM.
 */
export class RecordDir<T extends { id: string }, S> {
  private summaries = new Map<string, S>();
  /** Modification time of each record file as last read, to notice writes by other processes. */
  private mtimes = new Map<string, number>();
  /** Told about every record added, changed (summary) or removed (undefined), for lookup tables. */
  onChange: (id: string, summary: S | undefined) => void = () => undefined;

  constructor(
    readonly dir: string,
    private readonly quarantineDir: string,
    private readonly restore: (raw: unknown) => RestoreResult<T>,
    private readonly summarize: (record: T) => S,
  ) {}

  /** Reads every record. Temp files of interrupted writes are removed only when `sweepTemp` (no other writer can be mid-write). */
  async open(sweepTemp = true): Promise<QuarantinedRecord[]> {
    await fs.mkdir(this.dir, { recursive: true });
    return this.scan(sweepTemp);
  }

  /**
   * Brings the in-memory view up to date with the folder after another process wrote to it:
   * new files are read, changed ones re-read, vanished ones dropped.
   */
  async refresh(): Promise<QuarantinedRecord[]> {
    return this.scan(false);
  }

  private async scan(sweepTemp: boolean): Promise<QuarantinedRecord[]> {
    const quarantined: QuarantinedRecord[] = [];
    const names = await fs.readdir(this.dir);
    const present = new Set<string>();
    for (const name of names) {
      const file = path.join(this.dir, name);
      if (isTempName(name)) {
        if (sweepTemp) await fs.rm(file, { force: true });
        continue;
      }
      if (!name.endsWith('.json')) continue;
      const id = name.slice(0, -'.json'.length);
      let mtime: number;
      try {
        mtime = (await fs.stat(file)).mtimeMs;
      } catch {
        continue; // removed meanwhile
      }
      present.add(id);
      if (this.mtimes.get(id) === mtime && this.summaries.has(id)) continue;
      const loaded = await this.readFile(file);
      if (loaded.ok && loaded.record.id === id) {
        this.remember(loaded.record, mtime);
      } else {
        const problem = loaded.ok ? `id "${loaded.record.id}" does not match the file name` : loaded.problem;
        quarantined.push(await this.quarantine(file, problem));
        present.delete(id);
      }
    }
    for (const id of [...this.summaries.keys()]) if (!present.has(id)) this.forget(id);
    return quarantined;
  }

  private remember(record: T, mtime: number): void {
    const summary = this.summarize(record);
    this.summaries.set(record.id, summary);
    this.mtimes.set(record.id, mtime);
    this.onChange(record.id, summary);
  }

  private forget(id: string): void {
    this.summaries.delete(id);
    this.mtimes.delete(id);
    this.onChange(id, undefined);
  }

  has(id: string): boolean {
    return this.summaries.has(id);
  }

  summary(id: string): S | undefined {
    return this.summaries.get(id);
  }

  allSummaries(): S[] {
    return [...this.summaries.values()];
  }

  get size(): number {
    return this.summaries.size;
  }

  /** Reads the full record; undefined when there is none. A file damaged since open is quarantined. */
  async get(id: string): Promise<T | undefined> {
    if (!this.summaries.has(id)) return undefined;
    const file = this.fileOf(id);
    const loaded = await this.readFile(file);
    if (loaded.ok) return loaded.record;
    await this.quarantine(file, loaded.problem);
    this.forget(id);
    return undefined;
  }

  /**
   * Synchronous read for hot paths that cannot await (search snippets and phrase checks run
   * inside the engine's synchronous scoring loop). Returns undefined for a damaged file; the next
   * async `get` quarantines it.
   */
  getSync(id: string): T | undefined {
    if (!this.summaries.has(id)) return undefined;
    try {
      const restored = this.restore(JSON.parse(readFileSync(this.fileOf(id), 'utf8')));
      return restored.ok ? restored.record : undefined;
    } catch {
      return undefined;
    }
  }

  /** Writes the record atomically; `opts` can defer the folder flush to a batch or order the write after another (see AtomicWriteOptions). */
  async put(record: T, opts: Pick<AtomicWriteOptions, 'folderSync' | 'after'> = {}): Promise<void> {
    const file = this.fileOf(record.id);
    await writeFileAtomic(file, JSON.stringify(record, null, 1), opts);
    const mtime = await fs.stat(file).then((s) => s.mtimeMs, () => 0);
    this.remember(record, mtime);
  }

  async delete(id: string): Promise<boolean> {
    if (!this.summaries.has(id)) return false;
    await fs.rm(this.fileOf(id), { force: true });
    this.forget(id);
    return true;
  }

  private fileOf(id: string): string {
    // Ids are validated at the API boundary; this guards against a path escaping the folder anyway.
    if (!/^[A-Za-z0-9_-]+$/.test(id)) throw new Error(`invalid record id "${id}"`);
    return path.join(this.dir, `${id}.json`);
  }

  private async readFile(file: string): Promise<RestoreResult<T> | { ok: false; problem: string }> {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (err) {
      return { ok: false, problem: `unreadable: ${(err as Error).message}` };
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return { ok: false, problem: 'not valid JSON (damaged or truncated)' };
    }
    return this.restore(raw);
  }

  private async quarantine(file: string, problem: string): Promise<QuarantinedRecord> {
    await fs.mkdir(this.quarantineDir, { recursive: true });
    const movedTo = path.join(this.quarantineDir, `${Date.now()}-${path.basename(file)}`);
    await fs.rename(file, movedTo);
    return { file, movedTo, problem };
  }
}
