/**
 * Builds and merges segments on worker threads (one per core by default), falling back to
 * the calling thread when workers are disabled or cannot start (e.g. under a test runner
 * that cannot load the TypeScript worker file). Jobs go to the least busy worker.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IndexDoc } from './index-schema';
import { buildSegment } from './segment-build';
import type { SegmentData } from './segment-data';
import { mergeSegments, type MergeInput } from './segment-merge';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
type Job = DistributiveOmit<WorkerRequest, 'id'>;

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (d: SegmentData) => void; reject: (e: Error) => void }>;
}

export interface BuildPoolOptions {
  /** Number of worker threads; 0 builds on the calling thread. Default: one per core, at most 4. */
  workers?: number;
  /** The worker entry (compiled `segment-worker.js` in a bundle). Default: next to this module. */
  workerUrl?: URL;
}

export function defaultWorkerUrl(): URL {
  const here = fileURLToPath(import.meta.url);
  return new URL(`./segment-worker${path.extname(here)}`, import.meta.url);
}

function runInline(job: Job): SegmentData {
  if (job.op === 'build') return buildSegment(job.docs, job.analyzer);
  return mergeSegments(job.inputs.map((i) => ({ data: unpackSegment(i.data), deleted: i.deleted })));
}

export class BuildPool {
  private slots: Slot[] = [];
  private nextId = 1;
  private broken = false;

  constructor(private readonly options: BuildPoolOptions = {}) {}

  get size(): number {
    return this.options.workers ?? Math.min(4, availableParallelism());
  }

  build(docs: IndexDoc[], analyzer: string): Promise<SegmentData> {
    return this.run({ op: 'build', docs, analyzer });
  }

  /** Merge inputs' arrays are transferred to the worker: pass arrays nothing else uses (see `copyForTransfer`). */
  merge(inputs: MergeInput[]): Promise<SegmentData> {
    return this.run({ op: 'merge', inputs: inputs.map((i) => ({ data: packSegment(i.data), deleted: i.deleted })) });
  }

  async close(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private async run(job: Job): Promise<SegmentData> {
    const slot = this.size > 0 && !this.broken ? this.pickSlot() : undefined;
    if (!slot) return runInline(job);
    const id = this.nextId++;
    return new Promise<SegmentData>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.ref(); // keep the process alive while a job is out
      const request = { ...job, id } as WorkerRequest;
      if (request.op === 'merge') slot.worker.postMessage(request, transferList(...request.inputs.map((i) => i.data)));
      else slot.worker.postMessage(request);
    }).catch((error: Error) => {
      if (!this.broken) throw error;
      // The worker could not start here: do the job on this thread instead.
      return runInline(job);
    });
  }

  private pickSlot(): Slot | undefined {
    while (this.slots.length < this.size) this.slots.push(this.spawn());
    return this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  }

  private spawn(): Slot {
    // A bounded heap makes V8 collect garbage as it goes instead of growing towards the
    // process-wide limit (measured: ~400 MB per worker otherwise). A batch (≤ 2,500 articles,
    // ≤ 16M characters, see index-rebuild) needs well under this; if a worker still runs out,
    // the job falls back to the calling thread.
    const worker = new Worker(this.options.workerUrl ?? defaultWorkerUrl(), { resourceLimits: { maxOldGenerationSizeMb: 256 } });
    const slot: Slot = { worker, pending: new Map() };
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const waiter = slot.pending.get(reply.id);
      slot.pending.delete(reply.id);
      if (slot.pending.size === 0) worker.unref();
      if (!waiter) return;
      if (reply.error !== undefined) waiter.reject(new Error(`search worker failed: ${reply.error}`));
      else waiter.resolve(unpackSegment(reply.data));
    });
    const fail = (error: Error) => {
      this.broken = true;
      this.slots = this.slots.filter((s) => s !== slot);
      for (const waiter of slot.pending.values()) waiter.reject(error);
      slot.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (slot.pending.size > 0) fail(new Error(`search worker exited with code ${code}`));
    });
    return slot;
  }
}

/** Copies a segment's arrays (e.g. views onto a loaded file, or arrays still being searched) so they can be transferred. */
export function copyForTransfer(data: SegmentData): SegmentData {
  return { ...data, fieldLengths: data.fieldLengths.slice(), termOffsets: data.termOffsets.slice(), postings: data.postings.slice() };
}

/**
 * Segment data as it crosses a thread boundary: string lists joined into one string (cloning one
 * big string is far cheaper than a hundred thousand small ones) and typed arrays transferred.
 * The sender must own the arrays' whole buffers (see `copyForTransfer`) and stop using them.
 */
export interface PackedSegment {
  analyzer: string;
  docIds: string;
  terms: string;
  fieldLengths: Uint32Array;
  termOffsets: Uint32Array;
  postings: Uint8Array;
}

export function packSegment(data: SegmentData): PackedSegment {
  return { ...data, docIds: data.docIds.join('\n'), terms: data.terms.join('\n') };
}

export function unpackSegment(p: PackedSegment): SegmentData {
  const split = (s: string) => (s.length === 0 ? [] : s.split('\n'));
  return { ...p, docIds: split(p.docIds), terms: split(p.terms) };
}

export function transferList(...segments: PackedSegment[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const s of segments) for (const a of [s.fieldLengths, s.termOffsets, s.postings]) buffers.add(a.buffer as ArrayBuffer);
  return [...buffers];
}
