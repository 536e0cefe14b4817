import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ArticleRecord } from '../../shared/model/article';
import { restoreArticle, restoreStory } from '../../shared/model/record-schemas';
import type { StoryRecord } from '../../shared/model/story';
import { writeFileAtomic } from './atomic-write';
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

  private constructor(readonly dir: string) {
    const quarantine = path.join(dir, 'quarantine');
    this.articles = new RecordDir(path.join(dir, 'articles'), quarantine, restoreArticle, articleMeta);
    this.stories = new RecordDir(path.join(dir, 'stories'), quarantine, restoreStory, storyMeta);
    this.originals = new OriginalStore(path.join(dir, 'originals'));
    this.indexDir = path.join(dir, 'index');
  }

  static async open(dir: string): Promise<Library> {
    const lib = new Library(path.resolve(dir));
    await fs.mkdir(lib.dir, { recursive: true });
    await lib.checkMarker();
    lib.quarantined = [...(await lib.articles.open()), ...(await lib.stories.open())];
    return lib;
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

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
