import type { ElectronBridge } from '../../../shared/api/bridge';
import { methodNames, type ParallaxApi } from '../../../shared/api/contract';
import { ApiError, type ApiResponse } from '../../../shared/api/errors';
import type { ParallaxEvent } from '../../../shared/api/events';

/** How the renderer reaches the services: Electron IPC or HTTP. The UI never knows which. */
export interface Transport {
  shell: 'electron' | 'web';
  invoke(method: string, args: unknown): Promise<ApiResponse<unknown>>;
  onEvent(listener: (e: ParallaxEvent) => void): () => void;
  /** Electron gives dropped files a path; in the browser, files are uploaded as bytes. */
  pathForFile?: (file: File) => string;
  /** The desktop app saves a PDF itself (Chromium's printToPDF); the browser prints through its own dialog. */
  printToPdf?: ElectronBridge['printToPdf'];
}

export interface Client {
  api: ParallaxApi;
  transport: Transport;
}

/** One typed client over any transport: `ok: false` answers become thrown ApiErrors. */
export function createClient(transport: Transport): Client {
  const api = Object.fromEntries(
    methodNames.map((name) => [
      name,
      async (args: unknown) => {
        const res = await transport.invoke(name, args ?? {});
        if (res.ok) return res.value;
        throw ApiError.fromData(res.error);
      },
    ]),
  ) as unknown as ParallaxApi;
  return { api, transport };
}
