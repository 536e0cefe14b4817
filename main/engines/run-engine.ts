import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runEngineTask, type EngineResult, type EngineTask, type Progress } from './engine-tasks';

type WorkerMessage = { id: number } & (({ type: 'progress' } & Progress) | { type: 'done'; result: unknown } | { type: 'error'; message: string });

interface Pending {
  id: number;
  task: EngineTask;
  onProgress: (p: Progress) => void;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  signal?: AbortSignal;
}

/**
 * Runs engine tasks one at a time on a warm worker thread (started on first use, kept for the
 * process's life, unref'd so it never holds the process open). Cancelling the running task
 * terminates the worker; the next task starts a fresh one. From source (tests), where the built
 * worker does not exist, tasks run in-process.
 */
class EngineRunner {
  private readonly workerFile = fileURLToPath(new URL('./engine-worker.js', import.meta.url));
  private worker: Worker | undefined;
  private queue: Pending[] = [];
  private running: Pending | undefined;
  private nextId = 1;

  run<T extends EngineTask>(task: T, onProgress: (p: Progress) => void, signal?: AbortSignal): Promise<EngineResult<T>> {
    if (!existsSync(this.workerFile)) return Promise.resolve().then(() => runEngineTask(task, onProgress) as EngineResult<T>);
    return new Promise((resolve, reject) => {
      const pending: Pending = { id: this.nextId++, task, onProgress, resolve: resolve as (v: unknown) => void, reject, signal };
      signal?.addEventListener('abort', () => this.cancel(pending), { once: true });
      this.queue.push(pending);
      this.pump();
    });
  }

  offThread(): boolean {
    return existsSync(this.workerFile);
  }

  /** Starts the worker ahead of the first task (the app and browser mode call this at start-up). */
  warmUp(): void {
    if (existsSync(this.workerFile)) this.ensureWorker();
  }

  private pump(): void {
    // A busy worker keeps the process alive (the CLI waits for its answer); an idle one does not.
    if (!this.running && this.queue.length === 0) this.worker?.unref();
    if (this.running || this.queue.length === 0) return;
    const next = this.queue.shift()!;
    if (next.signal?.aborted) return this.pump();
    this.running = next;
    const worker = this.ensureWorker();
    worker.ref();
    worker.postMessage({ id: next.id, task: next.task });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile);
    worker.on('message', (m: WorkerMessage) => {
      const p = this.running;
      if (!p || p.id !== m.id) return;
      if (m.type === 'progress') return p.onProgress(m);
      this.running = undefined;
      if (m.type === 'done') p.resolve(m.result);
      else p.reject(new Error(m.message));
      this.pump();
    });
    worker.on('error', (err) => this.fail(err));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
    });
    // After the listeners: attaching a 'message' listener re-refs the worker's port.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private cancel(p: Pending): void {
    const cancelled = Object.assign(new Error('cancelled'), { cancelled: true });
    if (this.running === p) {
      this.running = undefined;
      void this.worker?.terminate();
      this.worker = undefined;
      p.reject(cancelled);
      this.pump();
    } else if (this.queue.includes(p)) {
      this.queue = this.queue.filter((q) => q !== p);
      p.reject(cancelled);
    }
  }

  private fail(err: Error): void {
    const p = this.running;
    this.running = undefined;
    this.worker = undefined;
    p?.reject(err);
    this.pump();
  }
}

const runner = new EngineRunner();

export const warmUpEngines = (): void => runner.warmUp();
/** Whether engine tasks run on the worker thread (built app, browser mode) rather than in-process (from source). */
export const enginesRunOffThread = (): boolean => runner.offThread();

export function runEngine<T extends EngineTask>(task: T, onProgress: (p: Progress) => void = () => undefined, signal?: AbortSignal): Promise<EngineResult<T>> {
  return runner.run(task, onProgress, signal);
}
