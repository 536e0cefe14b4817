import { parentPort, workerData } from 'node:worker_threads';
import { runEngineTask, type EngineTask } from './engine-tasks';

/** Runs one engine task off the main thread, so the app keeps answering while 50 articles are compared. */
try {
  const result = runEngineTask(workerData as EngineTask, (p) => parentPort!.postMessage({ type: 'progress', ...p }));
  parentPort!.postMessage({ type: 'done', result });
} catch (err) {
  parentPort!.postMessage({ type: 'error', message: (err as Error).message });
}
