import { parentPort } from 'node:worker_threads';
import { extractFile, failureMessage } from './extract-file';

/**
 * Extraction worker: bytes of one file in, its extracted articles out. Parsing hostile or huge
 * pages happens here, so the main process stays responsive and a runaway file can be stopped.
 */
parentPort!.on('message', async (msg: { id: number; bytes: Uint8Array; name: string }) => {
  try {
    const parts = await extractFile(msg.bytes, msg.name);
    parentPort!.postMessage({ id: msg.id, ok: true, parts });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, ok: false, message: failureMessage(err) });
  }
});
