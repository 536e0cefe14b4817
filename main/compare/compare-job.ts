import type { CompareInput, CompareOptions } from '../../shared/compare/index';

/** What the main process sends to a comparison worker, and what comes back. Plain data. */
export interface CompareRequest {
  inputs: CompareInput[];
  options: CompareOptions;
}

export type CompareWorkerMessage =
  | { type: 'progress'; stage: string; done: number; total: number }
  | { type: 'done'; comparison: import('../../shared/compare/types').Comparison }
  | { type: 'error'; message: string };
