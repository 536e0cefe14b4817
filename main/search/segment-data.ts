/**
 * One immutable index segment as plain typed arrays: what a worker builds, what a merge
 * produces, what goes to disk. Postings are grouped by term, then by field:
 *
 *   for each term (sorted): for each field: varint count, then count × (varint doc gap, varint tf)
 *
 * Term frequency and field lengths are all lunr needs to compute its BM25 weights, so we
 * compute them at query time instead of storing lunr's per-document field vectors; that
 * also lets every segment score with the whole index's statistics.
 */
export interface SegmentData {
  /** Analyzer key ('en', 'de', …): a segment holds articles of one language. */
  analyzer: string;
  docIds: string[];
  /** Token count after the pipeline, per document and field: `fieldLengths[doc * FIELD_COUNT + field]`. */
  fieldLengths: Uint32Array;
  /** Sorted by JavaScript string order (UTF-16 code units), as lunr sorts its vocabulary. */
  terms: string[];
  /** Byte offset of each term's block in `postings`; one extra entry marks the end. */
  termOffsets: Uint32Array;
  postings: Uint8Array;
}

/** Sort indices of `strings` by code-unit order (the default `sort()` order lunr uses). */
export function sortedOrder(strings: string[]): Uint32Array {
  const order = Uint32Array.from(strings.keys());
  order.sort((a, b) => {
    const x = strings[a]!;
    const y = strings[b]!;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return order;
}
