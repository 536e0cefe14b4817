import { parentPort } from 'node:worker_threads';
import { SAMPLE_STORY } from '../../shared/sample/sample-story';
import { loadWordVectors } from '../compare/word-vectors';
import { runEngineTask, type EngineTask } from './engine-tasks';

// While the app starts: load the word vectors and run one comparison of the bundled sample, so
// the engine's code is compiled and optimised before the user opens their first comparison.
setImmediate(() => {
  loadWordVectors();
  const inputs = SAMPLE_STORY.articles.map((a, i) => ({ id: `warm${i}`, outlet: a.outlet, title: a.title, text: a.text, language: 'en' }));
  runEngineTask({ kind: 'compare', inputs, options: {} }, () => undefined);
});

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
