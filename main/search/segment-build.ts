/**
 * Builds one segment from a batch of articles of one language. This is lunr's Builder.add
 * without its nested objects: tokens go through the same tokenizer split and the same
 * (memoised) pipeline, and postings are collected in flat typed arrays, then grouped by
 * term with a counting sort. Runs in a worker thread for big batches.
 */
import { getAnalyzer } from './analyzers';
import { FIELD_COUNT, fieldTexts, type IndexDoc } from './index-schema';
import { sortedOrder, type SegmentData } from './segment-data';
import { TokenTable } from '../../shared/search/token-table';
import { VarintWriter } from './varint';

/** Growable Uint32Array. */
class U32List {
  data = new Uint32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

export function buildSegment(docs: IndexDoc[], analyzerKey: string): SegmentData {
  const analyzer = getAnalyzer(analyzerKey);
  const termIds = new Map<string, number>();
  const termList: string[] = [];
  let counts = new Uint32Array(1 << 14);
  const touched: number[] = [];
  const keys = new U32List(); // termId * FIELD_COUNT + field
  const postingDocs = new U32List();
  const postingTfs = new U32List();
  const fieldLengths = new Uint32Array(docs.length * FIELD_COUNT);

  const termIdOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = termList.length;
      termIds.set(term, id);
      termList.push(term);
      if (id >= counts.length) {
        const next = new Uint32Array(counts.length * 2);
        next.set(counts);
        counts = next;
      }
    }
    return id;
  };
  // Raw token → term id, so the hot loop does one Map lookup per token. DROPPED marks stop
  // words and punctuation; ids below it index `multiTerms` (a pipeline step that yields several terms).
  const DROPPED = -1;
  const multiTerms: number[][] = [];
  const resolve = (token: string): number => {
    const out = analyzer.indexTerm(token);
    let id: number;
    if (out === undefined) id = DROPPED;
    else if (typeof out === 'string') id = termIdOf(out);
    else {
      multiTerms.push(out.map(termIdOf));
      id = -1 - multiTerms.length;
    }
    return id;
  };
  const table = new TokenTable(resolve);
  let length = 0;
  const count = (id: number): void => {
    if (id >= 0) {
      length++;
      if (counts[id]++ === 0) touched.push(id);
    } else if (id !== DROPPED) {
      for (const t of multiTerms[-2 - id]!) {
        length++;
        if (counts[t]++ === 0) touched.push(t);
      }
    }
  };

  for (let d = 0; d < docs.length; d++) {
    const texts = fieldTexts(docs[d]!);
    for (let f = 0; f < FIELD_COUNT; f++) {
      length = 0;
      // lunr lower-cases the whole string, then splits it.
      table.forEachToken((texts[f] ?? '').toLowerCase(), count);
      fieldLengths[d * FIELD_COUNT + f] = length;
      for (const id of touched) {
        keys.push(id * FIELD_COUNT + f);
        postingDocs.push(d);
        postingTfs.push(counts[id]!);
        counts[id] = 0;
      }
      touched.length = 0;
    }
  }

  // Counting sort by (term, field); stable, so documents stay ascending within each list.
  const bucketCount = termList.length * FIELD_COUNT;
  const starts = new Uint32Array(bucketCount + 1);
  for (let i = 0; i < keys.length; i++) starts[keys.data[i]! + 1]!++;
  for (let k = 0; k < bucketCount; k++) starts[k + 1]! += starts[k]!;
  const fill = starts.slice(0, bucketCount);
  const sortedDocs = new Uint32Array(keys.length);
  const sortedTfs = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const at = fill[keys.data[i]!]!++;
    sortedDocs[at] = postingDocs.data[i]!;
    sortedTfs[at] = postingTfs.data[i]!;
  }

  const order = sortedOrder(termList);
  const terms = new Array<string>(order.length);
  const termOffsets = new Uint32Array(order.length + 1);
  const out = new VarintWriter(keys.length * 2 + bucketCount + 16);
  for (let t = 0; t < order.length; t++) {
    const id = order[t]!;
    terms[t] = termList[id]!;
    termOffsets[t] = out.length;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const from = starts[id * FIELD_COUNT + f]!;
      const to = starts[id * FIELD_COUNT + f + 1]!;
      out.write(to - from);
      let previous = 0;
      for (let i = from; i < to; i++) {
        out.write(sortedDocs[i]! - previous);
        previous = sortedDocs[i]!;
        out.write(sortedTfs[i]!);
      }
    }
  }
  termOffsets[order.length] = out.length;
  return { analyzer: analyzerKey, docIds: docs.map((d) => d.id), fieldLengths, terms, termOffsets, postings: out.finish() };
}
