import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ArticleRecord } from '../../shared/model/article';
import { restoreArticle, restoreStory } from '../../shared/model/record-schemas';
import type { StoryRecord } from '../../shared/model/story';
import { writeFileAtomic } from './atomic-write';
import { LibraryLock } from './library-lock';
import { OriginalStore } from './original-store';
import { RecordDir, type QuarantinedRecord } from './record-dir';

/**
 * The library folder on disk:
 *
 *   library.json          marker: {type: "parallax-library", version}
 *   articles/<id>.json    one ArticleRecord per file
 *   stories/<id>.json     one StoryRecord per file
 *   originals/ab/<sha256> exact bytes of imported files
 *   index/                the search index (owned by the search engine)
 *   quarantine/           records that failed validation, moved aside, never deleted
 */
export const LIBRARY_FORMAT_VERSION = 1;

/** What lists need of an article without reading its body; also the lookup tables for de-duplication. */
export interface ArticleMeta {
  id: string;
  title: string;
  outlet: string;
  authors: string[];
  published?: string;
  url?: string;
  language: string;
  wordCount: number;
  importedAt: string;
  trashedAt?: string;
  versionOf?: string;
  contentHash: string;
  sourceKind: ArticleRecord['source']['kind'];
  originalSha256?: string;
  /** Set for one article of a multi-article file (Nexis, Factiva, NDJSON). */
  originalPart?: number;
}

export const articleMeta = (a: ArticleRecord): ArticleMeta => ({
  id: a.id,
  title: a.title,
  outlet: a.outlet,
  authors: a.authors,
  published: a.published,
  url: a.url,
  language: a.language,
  wordCount: a.wordCount,
  importedAt: a.importedAt,
  trashedAt: a.trashedAt,
  versionOf: a.versionOf,
  contentHash: a.contentHash,
  sourceKind: a.source.kind,
  originalSha256: a.original?.sha256,
  originalPart: a.original?.part,
});

export interface StoryMeta {
  id: string;
  title: string;
  description: string;
  articleIds: string[];
  sample?: boolean;
  createdAt: string;
  updatedAt: string;
}

const storyMeta = (s: StoryRecord): StoryMeta => ({
  id: s.id,
  title: s.title,
  description: s.description,
  articleIds: s.articleIds,
  sample: s.sample,
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
});

export class Library {
  readonly articles: RecordDir<ArticleRecord, ArticleMeta>;
  readonly stories: RecordDir<StoryRecord, StoryMeta>;
  readonly originals: OriginalStore;
  readonly indexDir: string;
  /** Records moved aside at open; the UI shows them as a notice. */
  quarantined: QuarantinedRecord[] = [];
  private readonly lock: LibraryLock;
  private readonly revFile: string;
  private seenRev = '';
  private readonly byHash = new Map<string, string>();
  private readonly byOutletUrl = new Map<string, string>();
  /** Single-article originals already imported: sha256 → article id. */
  private readonly byOriginal = new Map<string, string>();

  private constructor(readonly dir: string) {
    const quarantine = path.join(dir, 'quarantine');
    this.articles = new RecordDir(path.join(dir, 'articles'), quarantine, restoreArticle, articleMeta);
    this.stories = new RecordDir(path.join(dir, 'stories'), quarantine, restoreStory, storyMeta);
    this.originals = new OriginalStore(path.join(dir, 'originals'));
    this.indexDir = path.join(dir, 'index');
    this.lock = new LibraryLock(dir);
    this.revFile = path.join(dir, 'library.rev');
    const hashOwner = new Map<string, string>();
    const originalOwner = new Map<string, string>();
    this.articles.onChange = (id, meta) => {
      const old = hashOwner.get(id);
      if (old !== undefined && this.byHash.get(old) === id) this.byHash.delete(old);
      const oldOriginal = originalOwner.get(id);
      if (oldOriginal !== undefined && this.byOriginal.get(oldOriginal) === id) this.byOriginal.delete(oldOriginal);
      if (!meta) {
        hashOwner.delete(id);
        originalOwner.delete(id);
        return;
      }
      hashOwner.set(id, meta.contentHash);
      this.byHash.set(meta.contentHash, id);
      if (meta.originalSha256 && meta.originalPart === undefined) {
        originalOwner.set(id, meta.originalSha256);
        this.byOriginal.set(meta.originalSha256, id);
      }
      if (meta.url) this.byOutletUrl.set(outletUrlKey(meta.outlet, meta.url), id);
    };
  }

  static async open(dir: string): Promise<Library> {
    const lib = new Library(path.resolve(dir));
    await fs.mkdir(lib.dir, { recursive: true });
    await lib.checkMarker();
    // Under the lock: no other process is mid-write, so leftover temp files are from a crash.
    await lib.lock.run(async () => {
      lib.quarantined = [...(await lib.articles.open(true)), ...(await lib.stories.open(true))];
      lib.seenRev = await lib.readRev();
    });
    return lib;
  }

  /**
   * Runs one write operation as the library's single writer: takes the cross-process lock,
   * catches up with what other processes wrote, runs, then bumps the revision so they catch up.
   */
  async write<T>(fn: () => Promise<T>): Promise<T> {
    return this.lock.run(async () => {
      await this.sync();
      try {
        return await fn();
      } finally {
        this.seenRev = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
        // Only a hint for other processes to re-read: atomic, but not worth an fsync per write.
        await writeFileAtomic(this.revFile, this.seenRev, { durable: false });
      }
    });
  }

  /** Called after records written by another process were read in (the search index catches up). */
  onExternalChange: () => Promise<void> = async () => undefined;

  /** Re-reads records another process changed since we last looked (cheap when nothing changed). Returns whether anything did. */
  async sync(): Promise<boolean> {
    const rev = await this.readRev();
    if (rev === this.seenRev) return false;
    this.seenRev = rev;
    this.quarantined.push(...(await this.articles.refresh()), ...(await this.stories.refresh()));
    await this.onExternalChange();
    return true;
  }

  /** Article id → ids of the stories it belongs to (story membership is kept on the stories). */
  storiesByArticle(): Map<string, string[]> {
    const index = new Map<string, string[]>();
    for (const s of this.stories.allSummaries()) {
      for (const id of s.articleIds) {
        const list = index.get(id);
        if (list) list.push(s.id);
        else index.set(id, [s.id]);
      }
    }
    return index;
  }

  /** The live article with exactly this content, if any. */
  articleWithHash(contentHash: string): string | undefined {
    return this.byHash.get(contentHash);
  }

  /** The article imported from exactly this (single-article) file, if any: a re-import or a resumed batch skips it. */
  articleFromOriginal(sha256: string): string | undefined {
    return this.byOriginal.get(sha256);
  }

  /** The latest article of this outlet at this address (an earlier version of a re-saved page). */
  articleAt(outlet: string, url: string): string | undefined {
    return this.byOutletUrl.get(outletUrlKey(outlet, url));
  }

  private async readRev(): Promise<string> {
    return fs.readFile(this.revFile, 'utf8').catch(() => '');
  }

  private async checkMarker(): Promise<void> {
    const marker = path.join(this.dir, 'library.json');
    let raw: string | undefined;
    try {
      raw = await fs.readFile(marker, 'utf8');
    } catch {
      const entries = (await fs.readdir(this.dir)).filter((n) => !n.startsWith('.'));
      if (entries.length > 0 && !entries.includes('articles')) {
        throw new Error(
          `${this.dir} is not empty and is not a Parallax library. Choose an empty folder or an existing library.`,
        );
      }
    }
    if (raw !== undefined) {
      const parsed = safeJson(raw) as { type?: unknown; version?: unknown } | undefined;
      if (parsed?.type === 'parallax-library' && typeof parsed.version === 'number' && parsed.version > LIBRARY_FORMAT_VERSION) {
        throw new Error(`${this.dir} was written by a newer Parallax (library format ${parsed.version}). Update Parallax to open it.`);
      }
      if (parsed?.type === 'parallax-library') return;
    }
    await writeFileAtomic(marker, JSON.stringify({ type: 'parallax-library', version: LIBRARY_FORMAT_VERSION }) + '\n');
  }
}

/** Outlet + address with tracking parameters, fragments, "www." and trailing slashes ignored. */
export function outletUrlKey(outlet: string, url: string): string {
  let u = url.trim();
  try {
    const parsed = new URL(u);
    parsed.hash = '';
    for (const p of [...parsed.searchParams.keys()]) if (/^(utm_|fbclid|gclid|ref$)/.test(p)) parsed.searchParams.delete(p);
    u = `${parsed.hostname.replace(/^www\./, '')}${parsed.pathname.replace(/\/$/, '')}${parsed.search}`;
  } catch {
    /* not a URL: compare as written */
  }
  return `${outlet.toLowerCase()}\u0000${u.toLowerCase()}`;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
