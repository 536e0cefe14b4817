/** A loaded segment: read-only postings plus a mutable tombstone bitmap (deletions are purged at merge). */
import { FIELD_COUNT } from './index-schema';
import type { SegmentData } from './segment-data';
import { VarintReader } from './varint';

export class Segment {
  readonly deleted: Uint8Array;
  liveCount: number;
  /** Sum of field lengths over live documents, per field (for lunr's average field length). */
  readonly liveFieldLengthSums: Float64Array;
  private readonly reader: VarintReader;

  constructor(
    readonly id: string,
    readonly data: SegmentData,
    deletedOrdinals: Iterable<number> = [],
  ) {
    this.deleted = new Uint8Array(data.docIds.length);
    this.liveCount = data.docIds.length;
    this.liveFieldLengthSums = new Float64Array(FIELD_COUNT);
    for (let d = 0; d < data.docIds.length; d++) {
      for (let f = 0; f < FIELD_COUNT; f++) this.liveFieldLengthSums[f]! += data.fieldLengths[d * FIELD_COUNT + f]!;
    }
    for (const ord of deletedOrdinals) this.delete(ord);
    this.reader = new VarintReader(data.postings, 0);
  }

  get analyzer(): string {
    return this.data.analyzer;
  }

  get docCount(): number {
    return this.data.docIds.length;
  }

  /** Marks a document deleted; returns false when it already was. */
  delete(ord: number): boolean {
    if (this.deleted[ord]) return false;
    this.deleted[ord] = 1;
    this.liveCount--;
    for (let f = 0; f < FIELD_COUNT; f++) this.liveFieldLengthSums[f]! -= this.data.fieldLengths[ord * FIELD_COUNT + f]!;
    return true;
  }

  deletedOrdinals(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.deleted.length; i++) if (this.deleted[i]) out.push(i);
    return out;
  }

  /** Index of `term` in the sorted vocabulary, or -1. */
  findTerm(term: string): number {
    const terms = this.data.terms;
    let lo = 0;
    let hi = terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const t = terms[mid]!;
      if (t < term) lo = mid + 1;
      else if (t > term) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** How many documents have the term in each field (deleted ones included, as before a merge). */
  fieldCounts(termIndex: number, out: Uint32Array): void {
    const r = this.reader;
    r.pos = this.data.termOffsets[termIndex]!;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const count = r.read();
      out[f] = count;
      r.skip(count * 2);
    }
  }

  /**
   * Decodes the postings of one term in one field into `docs`/`tfs` (grown when too small);
   * returns the count. Deleted documents are included: callers skip them.
   */
  postings(termIndex: number, field: number, scratch: PostingScratch): number {
    // Varints decoded inline with local variables: this loop runs for every posting of a query.
    const bytes = this.data.postings;
    let pos = this.data.termOffsets[termIndex]!;
    let b = 0;
    let v = 0;
    let shift = 0;
    for (let f = 0; f <= field; f++) {
      // count of this field
      v = 0;
      shift = 0;
      do {
        b = bytes[pos++]!;
        v |= (b & 0x7f) << shift;
        shift += 7;
      } while (b & 0x80);
      if (f === field) break;
      // skip 2 × count varints
      for (let skip = v * 2; skip > 0; skip--) while (bytes[pos++]! & 0x80);
    }
    const count = v >>> 0;
    scratch.ensure(count);
    const docs = scratch.docs;
    const tfs = scratch.tfs;
    let doc = 0;
    for (let i = 0; i < count; i++) {
      v = 0;
      shift = 0;
      do {
        b = bytes[pos++]!;
        v |= (b & 0x7f) << shift;
        shift += 7;
      } while (b & 0x80);
      doc += v >>> 0;
      docs[i] = doc;
      b = bytes[pos++]!;
      if (b & 0x80) {
        v = b & 0x7f;
        shift = 7;
        do {
          b = bytes[pos++]!;
          v |= (b & 0x7f) << shift;
          shift += 7;
        } while (b & 0x80);
        tfs[i] = v >>> 0;
      } else {
        tfs[i] = b;
      }
    }
    return count;
  }
}

/** Reusable decode buffers, so a query allocates nothing per posting list. */
export class PostingScratch {
  docs = new Uint32Array(1024);
  tfs = new Uint32Array(1024);
  ensure(n: number): void {
    if (n <= this.docs.length) return;
    const size = Math.max(n, this.docs.length * 2);
    this.docs = new Uint32Array(size);
    this.tfs = new Uint32Array(size);
  }
}
