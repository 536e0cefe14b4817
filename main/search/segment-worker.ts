/**
 * Worker-thread entry: builds or merges segments off the main thread. Messages carry plain
 * data; the resulting typed arrays are transferred back, not copied.
 */
import { parentPort } from 'node:worker_threads';
import { packSegment, transferList, unpackSegment } from './build-pool';
import { buildSegment } from './segment-build';
import { mergeSegments } from './segment-merge';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

parentPort?.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const data =
      request.op === 'build'
        ? buildSegment(request.docs, request.analyzer)
        : mergeSegments(request.inputs.map((i) => ({ data: unpackSegment(i.data), deleted: i.deleted })));
    const packed = packSegment(data);
    reply = { id: request.id, data: packed };
    parentPort!.postMessage(reply, transferList(packed));
  } catch (error) {
    reply = { id: request.id, error: String((error as Error)?.stack ?? error) };
    parentPort!.postMessage(reply);
  }
});
