import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { compareArticles } from '../../shared/compare/index';
import type { Comparison } from '../../shared/compare/types';
import type { CompareRequest, CompareWorkerMessage } from './compare-job';

/**
 * Runs a comparison in a worker thread when the built worker is available (the app, browser mode,
 * the CLI), in-process otherwise (tests running from source). Cancel terminates the worker.
 */
export function runCompare(
  req: CompareRequest,
  onProgress: (p: { stage: string; done: number; total: number }) => void,
  signal?: AbortSignal,
): Promise<Comparison> {
  const workerFile = fileURLToPath(new URL('./compare-worker.js', import.meta.url));
  if (!existsSync(workerFile)) return Promise.resolve(compareArticles(req.inputs, req.options, onProgress));
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: req });
    const abort = () => {
      void worker.terminate();
      reject(Object.assign(new Error('comparison cancelled'), { cancelled: true }));
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.on('message', (m: CompareWorkerMessage) => {
      if (m.type === 'progress') onProgress(m);
      else {
        signal?.removeEventListener('abort', abort);
        void worker.terminate();
        if (m.type === 'done') resolve(m.comparison);
        else reject(new Error(m.message));
      }
    });
    worker.on('error', (err) => {
      signal?.removeEventListener('abort', abort);
      reject(err);
    });
  });
}
