/**
 * Worker-thread entry: builds or merges segments off the main thread. Messages carry plain
 * data; the resulting typed arrays are transferred back, not copied.
 */
import { parentPort } from 'node:worker_threads';
import { buildSegment } from './segment-build';
import type { SegmentData } from './segment-data';
import { mergeSegments } from './segment-merge';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

function transferables(data: SegmentData): ArrayBuffer[] {
  return [data.fieldLengths.buffer, data.termOffsets.buffer, data.postings.buffer] as ArrayBuffer[];
}

parentPort?.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const data = request.op === 'build' ? buildSegment(request.docs, request.analyzer) : mergeSegments(request.inputs);
    reply = { id: request.id, data };
    parentPort!.postMessage(reply, transferables(data));
  } catch (error) {
    reply = { id: request.id, error: String((error as Error)?.stack ?? error) };
    parentPort!.postMessage(reply);
  }
});
