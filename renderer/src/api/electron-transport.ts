import type { ElectronBridge } from '../../../shared/api/bridge';
import type { MethodName } from '../../../shared/api/contract';
import type { Transport } from './client';

declare global {
  interface Window {
    parallax?: ElectronBridge;
  }
}

/** The desktop app: the preload's `window.parallax` bridge. */
export function electronTransport(bridge: ElectronBridge): Transport {
  return {
    shell: 'electron',
    invoke: (method, args) => (bridge.invoke[method as MethodName] as (a: unknown) => ReturnType<ElectronBridge['invoke'][MethodName]>)(args),
    onEvent: (listener) => bridge.onEvent(listener),
    pathForFile: (file) => bridge.pathForFile(file),
    printToPdf: (options) => bridge.printToPdf(options),
  };
}
