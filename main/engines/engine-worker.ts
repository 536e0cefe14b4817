import { parentPort } from 'node:worker_threads';
import { SAMPLE_STORY } from '../../shared/sample/sample-story';
import { loadWordVectors } from '../compare/word-vectors';
import { runEngineTask, type EngineTask } from './engine-tasks';

// While the app starts: load the word vectors and compare the bundled sample story, repeatedly.
// V8 optimises a function only after many calls: after a single small comparison the user's
// first real one ran at about half speed. Each round is its own macrotask, so a real task that
// arrives meanwhile runs next and ends the warm-up.
const WARM_UP_MS = 1_000;
const WARM_UP_ROUNDS = 20;
let taskArrived = false;
setImmediate(() => {
  loadWordVectors();
  const inputs = SAMPLE_STORY.articles.map((a, i) => ({ id: `warm${i}`, outlet: a.outlet, title: a.title, text: a.text, language: 'en' }));
  const until = performance.now() + WARM_UP_MS;
  const round = (n: number) => {
    if (taskArrived || n >= WARM_UP_ROUNDS || performance.now() > until) return;
    runEngineTask({ kind: 'compare', inputs, options: { includeTrivialDifferences: n % 2 === 1 } }, () => undefined);
    setImmediate(() => round(n + 1));
  };
  round(0);
});

/**
 * A long-lived worker for the pure engines (comparison, grouping): kept warm between tasks so a
 * comparison starts at once, off the main thread so the app keeps answering meanwhile.
 */
parentPort!.on('message', ({ id, task }: { id: number; task: EngineTask }) => {
  taskArrived = true;
  try {
    const result = runEngineTask(task, (p) => parentPort!.postMessage({ id, type: 'progress', ...p }));
    parentPort!.postMessage({ id, type: 'done', result });
  } catch (err) {
    parentPort!.postMessage({ id, type: 'error', message: (err as Error).message });
  }
});
