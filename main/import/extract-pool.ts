import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extractFile, type ExtractedPart } from './extract-file';
import { ImportError } from './raw-document';

/** A file that takes longer than this to extract is stopped and reported, not waited on forever. */
export const EXTRACT_TIMEOUT_MS = 60_000;
/** Each worker's heap cap: a decompression bomb or a pathological page fails alone instead of taking the app down. */
const WORKER_HEAP_MB = 1024;

interface Task {
  id: number;
  bytes: Uint8Array;
  name: string;
  resolve: (parts: ExtractedPart[]) => void;
  reject: (err: Error) => void;
}

/**
 * Extraction in worker threads (up to one per spare core). Falls back to in-process extraction
 * when the built worker is absent (tests running from source). A worker that crashes, runs out
 * of memory or exceeds the timeout is replaced; its file fails with a clear reason.
 */
export class ExtractPool {
  private readonly workerFile = fileURLToPath(new URL('./import-worker.js', import.meta.url));
  private readonly size = Math.max(1, Math.min(2, os.availableParallelism() - 1));
  private idle: Worker[] = [];
  private busy = new Map<Worker, { task: Task; timer: NodeJS.Timeout }>();
  private queue: Task[] = [];
  private nextId = 1;
  private readonly inProcess = !existsSync(this.workerFile);

  extract(bytes: Uint8Array, name: string): Promise<ExtractedPart[]> {
    if (this.inProcess) return extractFile(bytes, name);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, bytes, name, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    const all = [...this.idle, ...this.busy.keys()];
    this.idle = [];
    await Promise.all(all.map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.busy.size < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const task = this.queue.shift()!;
      const timer = setTimeout(() => this.fail(worker, new ImportError('unreadable', `unreadable: extraction took longer than ${EXTRACT_TIMEOUT_MS / 1000} s and was stopped`)), EXTRACT_TIMEOUT_MS);
      this.busy.set(worker, { task, timer });
      worker.ref(); // busy: keep the process alive until the answer comes
      worker.postMessage({ id: task.id, bytes: task.bytes, name: task.name });
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.workerFile, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    worker.on('message', (m: { id: number; ok: true; parts: ExtractedPart[] } | { id: number; ok: false; message: string }) => {
      const job = this.busy.get(worker);
      if (!job || job.task.id !== m.id) return;
      clearTimeout(job.timer);
      this.busy.delete(worker);
      this.idle.push(worker);
      worker.unref(); // idle: never hold the process open
      if (m.ok) job.task.resolve(m.parts);
      else job.task.reject(new ImportError('unreadable', m.message));
      this.pump();
    });
    worker.on('error', (err) => {
      const reason = /heap|memory/i.test(err.message) ? 'unreadable: the file needs more memory than allowed to extract' : `unreadable: ${err.message}`;
      this.fail(worker, new ImportError('unreadable', reason));
    });
    // After the listeners: attaching a 'message' listener re-refs the worker's port.
    worker.unref();
    return worker;
  }

  private fail(worker: Worker, err: Error): void {
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    this.idle = this.idle.filter((w) => w !== worker);
    void worker.terminate();
    if (job) {
      clearTimeout(job.timer);
      job.task.reject(err);
    }
    this.pump();
  }
}
