import { randomBytes } from 'node:crypto';
import type { ParallaxApi } from '../../shared/api/contract';
import type { ElectronBridge } from '../../shared/api/bridge';
import type { ApiResponse } from '../../shared/api/errors';
import { methodNames } from '../../shared/api/method-names';
import { channelOf, registerApiHandlers, type IpcEventLike, type IpcMainLike } from '../../main/electron/ipc-handlers';
import { isAppUrl } from '../../main/electron/app-protocol-url';
import type { EventBus } from '../../main/services/event-bus';
import { startWebServer } from '../../main/web/web-server';
import { createClient, type Client } from '../../renderer/src/api/client';
import { electronTransport } from '../../renderer/src/api/electron-transport';
import { httpTransport } from '../../renderer/src/api/http-transport';

/**
 * The two real transports, built around real services, for the one contract suite:
 *  - "http": browser mode's server on 127.0.0.1 and the renderer's HTTP transport;
 *  - "ipc": main's real handler registration and the renderer's Electron transport, joined by
 *    an in-memory ipcMain that does what Electron's does (route a channel to its handler).
 */
export interface TransportUnderTest {
  name: 'http' | 'ipc';
  client: Client;
  close: () => Promise<void>;
}

export async function httpUnderTest(api: ParallaxApi, events: EventBus): Promise<TransportUnderTest & { port: number; token: string; address: string }> {
  const token = randomBytes(16).toString('hex');
  const server = await startWebServer({ api, events, rendererDir: '/nonexistent', token });
  return { name: 'http', client: createClient(httpTransport(token, `http://127.0.0.1:${server.port}`)), close: server.close, port: server.port, token, address: server.address };
}

export class InMemoryIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>>();
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  invoke(channel: string, senderUrl: string, ...args: unknown[]): Promise<unknown> {
    const h = this.handlers.get(channel);
    if (!h) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    // Electron's IPC uses the structured clone algorithm: plain data only.
    return h({ senderFrame: { url: senderUrl } }, ...structuredClone(args));
  }
}

export function ipcUnderTest(api: ParallaxApi, events: EventBus): TransportUnderTest & { ipc: InMemoryIpcMain } {
  const ipc = new InMemoryIpcMain();
  const unregister = registerApiHandlers(ipc, api, isAppUrl);
  const invoke = Object.fromEntries(
    methodNames.map((name) => [name, async (args: unknown) => structuredClone((await ipc.invoke(channelOf(name), 'parallax://app/index.html', args ?? {})) as ApiResponse<unknown>)]),
  );
  const bridge: ElectronBridge = {
    invoke: invoke as ElectronBridge['invoke'],
    onEvent: (listener) => events.subscribe((e) => listener(structuredClone(e))),
    pathForFile: () => '',
    // The contract suite does not print; the PDF handler has its own test (unit/electron/print-to-pdf).
    printToPdf: async () => ({ saved: false, error: 'not available in the contract suite' }),
  };
  return { name: 'ipc', client: createClient(electronTransport(bridge)), close: async () => unregister(), ipc };
}
