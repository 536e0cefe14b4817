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

  /** Merge inputs are copied to the worker: pass views trimmed to their data (see `copyForTransfer`). */
  merge(inputs: MergeInput[]): Promise<SegmentData> {
    return this.run({ op: 'merge', inputs });
  }

  async close(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private async run(job: Job): Promise<SegmentData> {
    const slot = this.size > 0 && !this.broken ? this.pickSlot() : undefined;
    if (!slot) return job.op === 'build' ? buildSegment(job.docs, job.analyzer) : mergeSegments(job.inputs);
    const id = this.nextId++;
    return new Promise<SegmentData>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.ref(); // keep the process alive while a job is out
      slot.worker.postMessage({ ...job, id } as WorkerRequest);
    }).catch((error: Error) => {
      if (!this.broken) throw error;
      // The worker could not start here: do the job on this thread instead.
      return job.op === 'build' ? buildSegment(job.docs, job.analyzer) : mergeSegments(job.inputs);
    });
  }

  private pickSlot(): Slot | undefined {
    while (this.slots.length < this.size) this.slots.push(this.spawn());
    return this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.workerUrl ?? defaultWorkerUrl());
    const slot: Slot = { worker, pending: new Map() };
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const waiter = slot.pending.get(reply.id);
      slot.pending.delete(reply.id);
      if (slot.pending.size === 0) worker.unref();
      if (!waiter) return;
      if (reply.error !== undefined) waiter.reject(new Error(`search worker failed: ${reply.error}`));
      else waiter.resolve(reply.data);
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

/** Typed-array views onto a file buffer would clone the whole file when posted: copy just their bytes. */
export function copyForTransfer(data: SegmentData): SegmentData {
  return { ...data, fieldLengths: data.fieldLengths.slice(), termOffsets: data.termOffsets.slice(), postings: data.postings.slice() };
}
