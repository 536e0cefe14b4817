/** Messages between the engine and its segment workers. */
import type { IndexDoc } from './index-schema';
import type { SegmentData } from './segment-data';
import type { MergeInput } from './segment-merge';

export type WorkerRequest =
  | { id: number; op: 'build'; docs: IndexDoc[]; analyzer: string }
  | { id: number; op: 'merge'; inputs: MergeInput[] };

export type WorkerReply = { id: number; data: SegmentData; error?: undefined } | { id: number; error: string; data?: undefined };
