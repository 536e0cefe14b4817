/**
 * A story: a set of articles about one event, the unit a comparison is made of.
 * Stored as `stories/<id>.json`. Corrections the user makes to a comparison live
 * here so they survive recomputation.
 */
export const STORY_SCHEMA_VERSION = 1 as const;

/** A user's fix to the engine's alignment, re-applied every time the comparison is recomputed. */
export type Correction =
  | { kind: 'link'; a: SentenceRef; b: SentenceRef; createdAt: string }
  | { kind: 'unlink'; a: SentenceRef; b: SentenceRef; createdAt: string };

/** A sentence addressed by article and character range, stable across recomputation as long as the text is unchanged. */
export interface SentenceRef {
  articleId: string;
  start: number;
  end: number;
}

export interface RowNote {
  /** The sentence the note is anchored to (rows are recomputed; sentences are stable). */
  anchor: SentenceRef;
  text: string;
  updatedAt: string;
}

export interface StoryRecord {
  type: 'parallax-story';
  schemaVersion: typeof STORY_SCHEMA_VERSION;
  id: string;
  title: string;
  description: string;
  articleIds: string[];
  corrections: Correction[];
  notes: RowNote[];
  /** True for the bundled sample story, so it can be removed with one click. */
  sample?: boolean;
  createdAt: string;
  updatedAt: string;
}

export type StorySummary = Pick<StoryRecord, 'id' | 'title' | 'description' | 'sample' | 'createdAt' | 'updatedAt'> & {
  articleCount: number;
  outlets: string[];
};
