/**
 * Merges segments of one language into one, dropping deleted documents (Lucene's merge).
 * Postings are copied, not recomputed: scores come from term frequencies and field lengths,
 * which do not depend on which segment a document sits in.
 */
import { FIELD_COUNT } from './index-schema';
import type { SegmentData } from './segment-data';
import { VarintReader, VarintWriter } from './varint';

export interface MergeInput {
  data: SegmentData;
  /** 1 for a deleted document ordinal. */
  deleted: Uint8Array;
}

export function mergeSegments(inputs: MergeInput[]): SegmentData {
  const analyzer = inputs[0]?.data.analyzer ?? 'en';
  if (inputs.some((s) => s.data.analyzer !== analyzer)) throw new Error('cannot merge segments of different languages');
  // New ordinals: live documents in input order; -1 for deleted ones.
  const remaps: Int32Array[] = [];
  const docIds: string[] = [];
  for (const { data, deleted } of inputs) {
    const remap = new Int32Array(data.docIds.length);
    for (let d = 0; d < data.docIds.length; d++) {
      if (deleted[d]) remap[d] = -1;
      else {
        remap[d] = docIds.length;
        docIds.push(data.docIds[d]!);
      }
    }
    remaps.push(remap);
  }
  const fieldLengths = new Uint32Array(docIds.length * FIELD_COUNT);
  inputs.forEach(({ data }, s) => {
    const remap = remaps[s]!;
    for (let d = 0; d < remap.length; d++) {
      const to = remap[d]!;
      if (to >= 0) fieldLengths.set(data.fieldLengths.subarray(d * FIELD_COUNT, (d + 1) * FIELD_COUNT), to * FIELD_COUNT);
    }
  });

  const cursors = new Uint32Array(inputs.length);
  const readers = inputs.map(({ data }) => new VarintReader(data.postings, 0));
  const out = new VarintWriter(inputs.reduce((n, s) => n + s.data.postings.length, 0) + 1024);
  const terms: string[] = [];
  const offsets: number[] = [];
  let docs = new Uint32Array(1024);
  let tfs = new Uint32Array(1024);
  const holders: number[] = [];
  for (;;) {
    // The smallest current term across inputs (k is small: a handful of segments).
    let term: string | undefined;
    for (let s = 0; s < inputs.length; s++) {
      const t = inputs[s]!.data.terms[cursors[s]!];
      if (t !== undefined && (term === undefined || t < term)) term = t;
    }
    if (term === undefined) break;
    holders.length = 0;
    for (let s = 0; s < inputs.length; s++) {
      if (inputs[s]!.data.terms[cursors[s]!] === term) {
        holders.push(s);
        readers[s]!.pos = inputs[s]!.data.termOffsets[cursors[s]!]!;
        cursors[s]!++;
      }
    }
    const start = out.length;
    let any = false;
    for (let f = 0; f < FIELD_COUNT; f++) {
      let n = 0;
      for (const s of holders) {
        const r = readers[s]!;
        const remap = remaps[s]!;
        const count = r.read();
        if (n + count > docs.length) {
          const size = Math.max(n + count, docs.length * 2);
          const nd = new Uint32Array(size);
          nd.set(docs.subarray(0, n));
          const nt = new Uint32Array(size);
          nt.set(tfs.subarray(0, n));
          docs = nd;
          tfs = nt;
        }
        let doc = 0;
        for (let i = 0; i < count; i++) {
          doc += r.read();
          const tf = r.read();
          const to = remap[doc]!;
          if (to < 0) continue;
          docs[n] = to;
          tfs[n++] = tf;
        }
      }
      out.write(n);
      let previous = 0;
      for (let i = 0; i < n; i++) {
        out.write(docs[i]! - previous);
        previous = docs[i]!;
        out.write(tfs[i]!);
      }
      if (n > 0) any = true;
    }
    if (any) {
      terms.push(term);
      offsets.push(start);
    } else {
      out.length = start; // every posting of this term belonged to deleted documents
    }
  }
  offsets.push(out.length);
  return { analyzer, docIds, fieldLengths, terms, termOffsets: Uint32Array.from(offsets), postings: out.finish() };
}
