/** Messages between the engine and its segment workers. */
import type { PackedSegment } from './build-pool';
import type { IndexDoc } from './index-schema';

export type WorkerRequest =
  | { id: number; op: 'build'; docs: IndexDoc[]; analyzer: string }
  | { id: number; op: 'merge'; inputs: Array<{ data: PackedSegment; deleted: Uint8Array }> };

export type WorkerReply = { id: number; data: PackedSegment; error?: undefined } | { id: number; error: string; data?: undefined };
