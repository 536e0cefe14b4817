/**
 * Splits lower-cased text where lunr's tokenizer splits (`/[\s\-]+/`) and maps each token to
 * an id through an open-addressing hash table keyed by the token's characters, so the hot
 * loop allocates no string for a token it has seen before (most of them). Profiling the build
 * showed `split` and `Map.get` on fresh strings as the largest costs after lunr's own pipeline.
 */

/** JavaScript `\s` plus '-', i.e. lunr.tokenizer.separator, by char code. */
export function isSeparator(c: number): boolean {
  if (c < 128) return c === 32 || c === 45 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Slots are 4 ints in one array (hash, value, offset into the character pool, length; length 0
 * marks an empty slot) and token characters sit in one flat pool: a lookup touches two
 * memory regions, not the scattered string objects a Map compares.
 */
export class TokenTable {
  private mask: number;
  private slots: Int32Array;
  private pool = new Uint16Array(1 << 16);
  private poolLength = 0;
  private count = 0;

  constructor(
    /** Called once per distinct token; its result is what `forEachToken` reports. */
    private readonly resolve: (token: string) => number,
    initialCapacity = 1 << 16,
  ) {
    this.mask = initialCapacity - 1;
    this.slots = new Int32Array(initialCapacity * 4);
  }

  /** Calls `visit(value, start, end)` for each token of `lower` (already lower-cased), in order. */
  forEachToken(lower: string, visit: (value: number, start: number, end: number) => void): void {
    const len = lower.length;
    let i = 0;
    while (i < len) {
      while (i < len && isSeparator(lower.charCodeAt(i))) i++;
      if (i >= len) break;
      const start = i;
      let h = 0x811c9dc5 | 0;
      while (i < len) {
        const c = lower.charCodeAt(i);
        if (isSeparator(c)) break;
        h = Math.imul(h ^ c, 0x01000193);
        i++;
      }
      visit(this.lookup(lower, start, i, h), start, i);
    }
  }

  /** The value for one whole token. */
  get(token: string): number {
    let h = 0x811c9dc5 | 0;
    for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 0x01000193);
    return this.lookup(token, 0, token.length, h);
  }

  /** Number of distinct tokens seen. */
  get size(): number {
    return this.count;
  }

  private lookup(s: string, start: number, end: number, h: number): number {
    const length = end - start;
    const slots = this.slots;
    const pool = this.pool;
    let slot = h & this.mask;
    for (;;) {
      const at = slot * 4;
      const slotLength = slots[at + 3]!;
      if (slotLength === 0) break;
      if (slots[at] === h && slotLength === length) {
        const offset = slots[at + 2]!;
        let k = 0;
        while (k < length && pool[offset + k] === s.charCodeAt(start + k)) k++;
        if (k === length) return slots[at + 1]!;
      }
      slot = (slot + 1) & this.mask;
    }
    const value = this.resolve(s.slice(start, end));
    if (this.poolLength + length > this.pool.length) {
      const next = new Uint16Array(Math.max(this.pool.length * 2, this.poolLength + length));
      next.set(this.pool.subarray(0, this.poolLength));
      this.pool = next;
    }
    for (let k = 0; k < length; k++) this.pool[this.poolLength + k] = s.charCodeAt(start + k);
    const at = slot * 4;
    slots[at] = h;
    slots[at + 1] = value;
    slots[at + 2] = this.poolLength;
    slots[at + 3] = length;
    this.poolLength += length;
    if (++this.count * 2 > this.mask) this.grow();
    return value;
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    const mask = size - 1;
    const slots = new Int32Array(size * 4);
    for (let old = 0; old <= this.mask; old++) {
      const from = old * 4;
      if (this.slots[from + 3] === 0) continue;
      let slot = this.slots[from]! & mask;
      while (slots[slot * 4 + 3] !== 0) slot = (slot + 1) & mask;
      slots.set(this.slots.subarray(from, from + 4), slot * 4);
    }
    this.mask = mask;
    this.slots = slots;
  }
}
