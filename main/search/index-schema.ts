/** What the search index contains and how lunr scores it: one place, shared by builder, engine and tests. */

/** An article as the engine indexes it. */
export interface IndexDoc {
  id: string;
  title: string;
  outlet: string;
  authors: string[];
  text: string;
  /** ISO 639-1 code; picks the analyzer (stemmer, stop words). */
  language: string;
  published?: string;
  storyIds: string[];
}

/** lunr field names, in the order every per-field array uses. `body` is the article text. */
export const FIELDS = ['title', 'outlet', 'authors', 'body'] as const;
export type FieldName = (typeof FIELDS)[number];
export const FIELD_COUNT = FIELDS.length;
/** lunr field boosts (`builder.field(name, { boost })`): a word in the title counts five times. */
export const FIELD_BOOSTS: readonly number[] = [5, 1, 1, 1];
/** lunr's BM25 defaults (`builder.k1`, `builder.b`). */
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/** Bump when the segment layout or anything that changes indexed terms changes: saved indexes are rebuilt. */
export const INDEX_FORMAT_VERSION = 1;

/** The text lunr sees for each field, in FIELDS order. Authors joined so `authors:smith` finds "Jane Smith". */
export function fieldTexts(doc: IndexDoc): string[] {
  return [doc.title, doc.outlet, doc.authors.join(', '), doc.text];
}
