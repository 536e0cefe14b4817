import { compareArticles, type CompareInput, type CompareOptions } from '../../shared/compare/index';
import type { Comparison } from '../../shared/compare/types';
import { loadWordVectors } from '../compare/word-vectors';
import { suggestStories, type ClusterDoc, type ClusterOptions, type ExistingStory, type StorySuggestion } from '../../shared/cluster/index';

/**
 * The pure engines that can take seconds (comparison, same-event grouping), as tasks a worker
 * thread runs. Requests and results are plain data.
 */
export type EngineTask =
  | { kind: 'compare'; inputs: CompareInput[]; options: CompareOptions }
  | { kind: 'suggest'; newDocs: ClusterDoc[]; existing: ExistingStory[]; options: ClusterOptions };

export type EngineResult<T extends EngineTask> = T extends { kind: 'compare' } ? Comparison : StorySuggestion[];

export type Progress = { stage: string; done: number; total: number };

export function runEngineTask(task: EngineTask, onProgress: (p: Progress) => void): Comparison | StorySuggestion[] {
  switch (task.kind) {
    case 'compare': {
      // Word vectors (built into dist/vectors by `npm run build`) sharpen the "same claim?" decision;
      // without them the engine uses its lexical model.
      const wordVectors = loadWordVectors();
      return compareArticles(task.inputs, wordVectors ? { ...task.options, wordVectors } : task.options, onProgress);
    }
    case 'suggest':
      return suggestStories(task.newDocs, task.existing, task.options);
    default: {
      const never: never = task;
      throw new Error(`unknown engine task ${JSON.stringify(never)}`);
    }
  }
}
