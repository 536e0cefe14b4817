/**
 * The index on disk: immutable segment files plus `manifest.json`, the commit point
 * (Lucene's segments_N). A commit writes new segment files and the metadata file first,
 * then replaces the manifest atomically (temp file + rename), then deletes files no
 * manifest refers to. A crash at any point leaves the previous commit loadable.
 */
import { crc32 } from 'node:zlib';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { SearchDocMeta } from '../../shared/search/filters';
// The library's atomic write: temp file + fsync + rename, so a commit survives a crash as well as a reader.
import { writeFileAtomic } from '../library/atomic-write';
import { LUNR_VERSION } from './analyzers';
import { INDEX_FORMAT_VERSION } from './index-schema';
import { Segment } from './segment';
import { decodeSegment, encodeSegment, SegmentFormatError } from './segment-codec';
import type { SegmentData } from './segment-data';

export const MANIFEST_FILE = 'manifest.json';

export interface ManifestSegment {
  id: string;
  file: string;
  analyzer: string;
  docs: number;
  /** Ordinals of deleted documents (tombstones), purged at the next merge. */
  deleted: number[];
}

export interface Manifest {
  format: 'parallax-search-index';
  formatVersion: number;
  lunrVersion: string;
  generation: number;
  segments: ManifestSegment[];
  meta: { file: string; crc32: number };
}

export type LoadResult =
  | { kind: 'loaded'; generation: number; segments: Segment[]; meta: Map<string, SearchDocMeta> }
  | { kind: 'missing' }
  | { kind: 'unusable'; reason: string; outdated: boolean };

/**
 * Article metadata, stored by column: outlets and languages as small dictionaries, story lists
 * only where present. Parses several times faster than one object per article.
 */
interface MetaColumns {
  ids: string[];
  outletNames: string[];
  outlets: number[];
  published: Array<string | null>;
  languageNames: string[];
  languages: number[];
  /** Row index → story ids, only for articles in stories. */
  stories: Record<number, string[]>;
}

function toColumns(meta: Map<string, SearchDocMeta>): MetaColumns {
  const cols: MetaColumns = { ids: [], outletNames: [], outlets: [], published: [], languageNames: [], languages: [], stories: {} };
  const outletIndex = new Map<string, number>();
  const languageIndex = new Map<string, number>();
  const indexOf = (map: Map<string, number>, names: string[], name: string) => {
    let i = map.get(name);
    if (i === undefined) {
      map.set(name, (i = names.length));
      names.push(name);
    }
    return i;
  };
  for (const [id, m] of meta) {
    if (m.storyIds.length > 0) cols.stories[cols.ids.length] = m.storyIds;
    cols.ids.push(id);
    cols.outlets.push(indexOf(outletIndex, cols.outletNames, m.outlet));
    cols.published.push(m.published ?? null);
    cols.languages.push(indexOf(languageIndex, cols.languageNames, m.language));
  }
  return cols;
}

function fromColumns(cols: MetaColumns): Map<string, SearchDocMeta> {
  const meta = new Map<string, SearchDocMeta>();
  cols.ids.forEach((id, i) => {
    const m: SearchDocMeta = { outlet: cols.outletNames[cols.outlets[i]!]!, storyIds: cols.stories[i] ?? [], language: cols.languageNames[cols.languages[i]!]! };
    const published = cols.published[i];
    if (published) m.published = published;
    meta.set(id, m);
  });
  return meta;
}

export async function loadIndex(dir: string): Promise<LoadResult> {
  let manifestText: string;
  try {
    manifestText = await readFile(path.join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    return { kind: 'missing' };
  }
  try {
    const manifest = JSON.parse(manifestText) as Manifest;
    if (manifest.format !== 'parallax-search-index') return { kind: 'unusable', reason: 'not a search index manifest', outdated: false };
    if (manifest.formatVersion !== INDEX_FORMAT_VERSION || manifest.lunrVersion !== LUNR_VERSION) {
      return { kind: 'unusable', reason: `index format ${manifest.formatVersion} / lunr ${manifest.lunrVersion} is outdated`, outdated: true };
    }
    const metaBytes = await readFile(path.join(dir, manifest.meta.file));
    if (crc32(metaBytes) !== manifest.meta.crc32) return { kind: 'unusable', reason: 'metadata checksum mismatch', outdated: false };
    const meta = fromColumns(JSON.parse(metaBytes.toString('utf8')) as MetaColumns);
    const segments = await Promise.all(
      manifest.segments.map(async (s) => new Segment(s.id, decodeSegment(await readFile(path.join(dir, s.file))), s.deleted)),
    );
    return { kind: 'loaded', generation: manifest.generation, segments, meta };
  } catch (error) {
    const outdated = error instanceof SegmentFormatError && error.outdated;
    return { kind: 'unusable', reason: `saved search index is unreadable: ${(error as Error).message}`, outdated };
  }
}

export function segmentFileName(id: string): string {
  return `seg-${id}.pxs`;
}

/** Writes a segment's file (segments are immutable: written once, under a fresh id). */
export async function saveSegment(dir: string, id: string, data: SegmentData): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(path.join(dir, segmentFileName(id)), encodeSegment(data));
}

/** Makes `segments` + `meta` the current index: metadata file, then the manifest, then cleanup. */
export async function commitIndex(dir: string, generation: number, segments: Segment[], meta: Map<string, SearchDocMeta>): Promise<void> {
  await mkdir(dir, { recursive: true });
  const metaBytes = Buffer.from(JSON.stringify(toColumns(meta)), 'utf8');
  const metaFile = `meta-${generation}.json`;
  await writeFileAtomic(path.join(dir, metaFile), metaBytes);
  const manifest: Manifest = {
    format: 'parallax-search-index',
    formatVersion: INDEX_FORMAT_VERSION,
    lunrVersion: LUNR_VERSION,
    generation,
    segments: segments.map((s) => ({ id: s.id, file: segmentFileName(s.id), analyzer: s.analyzer, docs: s.docCount, deleted: s.deletedOrdinals() })),
    meta: { file: metaFile, crc32: crc32(metaBytes) },
  };
  await writeFileAtomic(path.join(dir, MANIFEST_FILE), JSON.stringify(manifest));
  const keep = new Set([MANIFEST_FILE, metaFile, ...manifest.segments.map((s) => s.file)]);
  for (const name of await readdir(dir)) {
    if (keep.has(name) || name.endsWith('.tmp')) continue;
    if (name.startsWith('seg-') || name.startsWith('meta-')) await rm(path.join(dir, name), { force: true });
  }
}

/** Size of the saved index in bytes (for status and benchmarks). */
export async function indexSizeOnDisk(dir: string): Promise<number> {
  const { stat } = await import('node:fs/promises');
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(path.join(dir, name))).size;
  return total;
}
