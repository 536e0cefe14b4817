import os from 'node:os';
import path from 'node:path';

/**
 * The folder Electron calls `userData` for this app, computed without Electron so browser mode
 * and the CLI find the same settings file and default library as the desktop app.
 * Electron: appData/<productName>; appData is %APPDATA% on Windows, ~/Library/Application Support
 * on macOS, $XDG_CONFIG_HOME or ~/.config on Linux. PARALLAX_USER_DATA overrides (tests, portable use).
 */
export const PRODUCT_NAME = 'Parallax';

export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.PARALLAX_USER_DATA) return path.resolve(env.PARALLAX_USER_DATA);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}

/** Library folder: explicit flag, then PARALLAX_LIBRARY, then the settings' choice, then `<userData>/Library`. */
export function resolveLibraryDir(opts: { flag?: string; env?: NodeJS.ProcessEnv; fromSettings?: string | null; userData: string }): string {
  const env = opts.env ?? process.env;
  const chosen = opts.flag ?? env.PARALLAX_LIBRARY ?? opts.fromSettings ?? undefined;
  return chosen ? path.resolve(chosen) : path.join(opts.userData, 'Library');
}
