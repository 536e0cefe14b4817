import { parentPort, workerData } from 'node:worker_threads';
import { compareArticles } from '../../shared/compare/index';
import type { CompareRequest, CompareWorkerMessage } from './compare-job';

/** Runs one comparison off the main thread, so the app keeps answering while 50 articles are compared. */
const post = (m: CompareWorkerMessage) => parentPort!.postMessage(m);
try {
  const { inputs, options } = workerData as CompareRequest;
  const comparison = compareArticles(inputs, options, (p) => post({ type: 'progress', ...p }));
  post({ type: 'done', comparison });
} catch (err) {
  post({ type: 'error', message: (err as Error).message });
}
