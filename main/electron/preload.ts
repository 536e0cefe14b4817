import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { ParallaxEvent } from '../../shared/api/events';
import { PRINT_TO_PDF_CHANNEL, type ElectronBridge } from '../../shared/api/bridge';
import { methodNames } from '../../shared/api/method-names';

/**
 * The only door between the page and the app: one function per contract method, each a plain
 * `invoke` on its own channel. No raw ipcRenderer, no Node, nothing else reaches the page.
 */
const invoke = Object.fromEntries(methodNames.map((name) => [name, (args: unknown) => ipcRenderer.invoke(`parallax:${name}`, args ?? {})]));

const bridge: ElectronBridge = {
  invoke: invoke as ElectronBridge['invoke'],
  onEvent(listener: (e: ParallaxEvent) => void) {
    const wrapped = (_e: unknown, payload: ParallaxEvent) => listener(payload);
    ipcRenderer.on('parallax:event', wrapped);
    return () => {
      ipcRenderer.removeListener('parallax:event', wrapped);
    };
  },
  pathForFile(file: File) {
    return webUtils.getPathForFile(file);
  },
  printToPdf(options) {
    return ipcRenderer.invoke(PRINT_TO_PDF_CHANNEL, options);
  },
};

contextBridge.exposeInMainWorld('parallax', bridge);
