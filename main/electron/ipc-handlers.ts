import { methodNames, type ParallaxApi } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import type { ApiResponse } from '../../shared/api/errors';

/** IPC channel of one API method. The preload uses the same function, so names cannot drift. */
export const channelOf = (method: string): string => `parallax:${method}`;
export const EVENTS_CHANNEL = 'parallax:event';

/** What we use of Electron's ipcMain and of an invoke event: small enough to test without Electron. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}
export interface IpcEventLike {
  senderFrame: { url: string } | null;
}

/**
 * Registers one handler per contract method. Each handler refuses a sender that is not our own
 * app page (e.g. a frame that navigated elsewhere), validates the single argument against the
 * contract, and answers with an ApiResponse — never a thrown error across the bridge.
 */
export function registerApiHandlers(ipc: IpcMainLike, api: ParallaxApi, isTrustedUrl: (url: string) => boolean): () => void {
  for (const name of methodNames) {
    ipc.handle(channelOf(name), async (event, ...args): Promise<ApiResponse<unknown>> => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedUrl(url)) return { ok: false, error: { code: 'forbidden', message: `${name}: refused a call from an untrusted page (${url || 'unknown'})` } };
      if (args.length > 1) return { ok: false, error: { code: 'invalid-arguments', message: `${name}: takes one argument object` } };
      return dispatch(api, name, args[0]);
    });
  }
  return () => methodNames.forEach((name) => ipc.removeHandler(channelOf(name)));
}
