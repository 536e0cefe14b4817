/**
 * Unsigned LEB128 varints: postings are mostly small gaps and small term counts, so one
 * byte per number is the common case (vs 4 for a Uint32Array, and ~40 for lunr's JSON).
 */

/** A growable byte buffer that appends varints. */
export class VarintWriter {
  bytes: Uint8Array;
  length = 0;

  constructor(initialCapacity = 1 << 16) {
    this.bytes = new Uint8Array(initialCapacity);
  }

  write(value: number): void {
    if (this.length + 5 > this.bytes.length) this.grow();
    let v = value >>> 0;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }

  /** The written bytes, trimmed (a copy, so the spare capacity is freed). */
  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }

  private grow(): void {
    const next = new Uint8Array(Math.max(this.bytes.length * 2, 1024));
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }
}

/** Reads varints from `bytes` starting at `pos`; `pos` advances. */
export class VarintReader {
  constructor(
    public bytes: Uint8Array,
    public pos: number,
  ) {}

  read(): number {
    const bytes = this.bytes;
    let b = bytes[this.pos++]!;
    let value = b & 0x7f;
    let shift = 7;
    while (b & 0x80) {
      b = bytes[this.pos++]!;
      value |= (b & 0x7f) << shift;
      shift += 7;
    }
    return value >>> 0;
  }

  skip(count: number): void {
    const bytes = this.bytes;
    for (let i = 0; i < count; i++) while (bytes[this.pos++]! & 0x80);
  }
}
