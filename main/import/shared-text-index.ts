import type { Library } from '../library/library';

const SHINGLE_WORDS = 10;
/** Keep one shingle in SAMPLE_MOD (by hash): a fingerprint, like winnowing, small enough for 40k articles. */
const SAMPLE_MOD = 8;
/** Sampled shingles two articles must share to count as sharing copy: ~3×8 ten-word runs ≈ a long verbatim passage. */
const MIN_SHARED = 3;

/**
 * Finds articles from other outlets that share long verbatim runs with a new one (wire copy,
 * syndication, press releases). Built lazily from the library on first use in a process.
 */
export class SharedTextIndex {
  private byHash = new Map<number, Set<string>>();
  private outletOf = new Map<string, string>();
  private built = false;

  constructor(private readonly library: Library) {}

  async matches(id: string, outlet: string, text: string): Promise<string[]> {
    await this.ensureBuilt();
    const counts = new Map<string, number>();
    for (const h of fingerprint(text)) {
      for (const other of this.byHash.get(h) ?? []) {
        if (other !== id && this.outletOf.get(other)?.toLowerCase() !== outlet.toLowerCase()) counts.set(other, (counts.get(other) ?? 0) + 1);
      }
    }
    return [...counts].filter(([, n]) => n >= MIN_SHARED).map(([other]) => other).sort();
  }

  add(id: string, outlet: string, text: string): void {
    this.outletOf.set(id, outlet);
    for (const h of fingerprint(text)) {
      let set = this.byHash.get(h);
      if (!set) this.byHash.set(h, (set = new Set()));
      set.add(id);
    }
  }

  private async ensureBuilt(): Promise<void> {
    if (this.built) return;
    this.built = true;
    for (const meta of this.library.articles.allSummaries()) {
      if (meta.trashedAt) continue;
      const a = await this.library.articles.get(meta.id);
      if (a) this.add(a.id, a.outlet, a.text);
    }
  }
}

/**
 * Hashes of a sample of the text's 10-word shingles (lower-cased words, punctuation ignored).
 * Each word is hashed once and a shingle's hash combines its ten word hashes, so no shingle
 * string is ever built (this runs for every imported article).
 */
export function fingerprint(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const wordHashes = words.map(fnv1a);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= wordHashes.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < SHINGLE_WORDS; k++) h = Math.imul(h ^ wordHashes[i + k]!, 0x01000193);
    h >>>= 0;
    if (h % SAMPLE_MOD === 0) out.add(h);
  }
  return out;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
