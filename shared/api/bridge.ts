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
}
