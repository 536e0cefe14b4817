import { parentPort } from 'node:worker_threads';
import { loadWordVectors } from '../compare/word-vectors';
import { runEngineTask, type EngineTask } from './engine-tasks';

// Load the word vectors while the app starts rather than on the first comparison.
setImmediate(() => loadWordVectors());

/**
 * A long-lived worker for the pure engines (comparison, grouping): kept warm between tasks so a
 * comparison starts at once, off the main thread so the app keeps answering meanwhile.
 */
parentPort!.on('message', ({ id, task }: { id: number; task: EngineTask }) => {
  try {
    const result = runEngineTask(task, (p) => parentPort!.postMessage({ id, type: 'progress', ...p }));
    parentPort!.postMessage({ id, type: 'done', result });
  } catch (err) {
    parentPort!.postMessage({ id, type: 'error', message: (err as Error).message });
  }
});
