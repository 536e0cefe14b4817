import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runEngineTask, type EngineResult, type EngineTask, type Progress } from './engine-tasks';

type WorkerMessage = ({ type: 'progress' } & Progress) | { type: 'done'; result: unknown } | { type: 'error'; message: string };

/**
 * Runs an engine task in a worker thread when the built worker is available (the app, browser
 * mode, the CLI), in-process otherwise (tests running from source). Cancel terminates the worker.
 */
export function runEngine<T extends EngineTask>(task: T, onProgress: (p: Progress) => void = () => undefined, signal?: AbortSignal): Promise<EngineResult<T>> {
  const workerFile = fileURLToPath(new URL('./engine-worker.js', import.meta.url));
  if (!existsSync(workerFile)) return Promise.resolve(runEngineTask(task, onProgress) as EngineResult<T>);
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: task });
    const abort = () => {
      void worker.terminate();
      reject(Object.assign(new Error('cancelled'), { cancelled: true }));
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') return onProgress(m);
      signal?.removeEventListener('abort', abort);
      void worker.terminate();
      if (m.type === 'done') resolve(m.result as EngineResult<T>);
      else reject(new Error(m.message));
    });
    worker.on('error', (err) => {
      signal?.removeEventListener('abort', abort);
      reject(err);
    });
  });
}
