import type { ArgsOf, MethodName } from './contract';
import type { ApiResponse } from './errors';
import type { ParallaxEvent } from './events';

/**
 * What the Electron preload exposes as `window.parallax`: one invoke function per contract
 * method (typed from the contract), the event stream, and the path of a dropped file.
 */
export interface ElectronBridge {
  invoke: { [M in MethodName]: (args: ArgsOf<M>) => Promise<ApiResponse<unknown>> };
  onEvent(listener: (e: ParallaxEvent) => void): () => void;
  /** Electron only: the file-system path of a dropped File (browser mode uploads bytes instead). */
  pathForFile(file: unknown): string;
  /**
   * Electron only: saves the current page as a PDF (Chromium's printToPDF, print stylesheet
   * applied) after asking where. Browser mode prints through the browser's own dialog instead.
   */
  printToPdf(options: PrintToPdfOptions): Promise<PrintToPdfResult>;
}

/** IPC channel of ElectronBridge.printToPdf (one name for the preload and the main process). */
export const PRINT_TO_PDF_CHANNEL = 'parallax:print-to-pdf';

export interface PrintToPdfOptions {
  /** File name offered in the save dialog. */
  suggestedName: string;
}

/** Saved (where), cancelled by the user (no error), or failed (why). */
export type PrintToPdfResult = { saved: true; path: string } | { saved: false; error?: string };
