import { spawn } from 'node:child_process';

/** Opens the URL in the user's browser when there is a desktop to show it on; silent otherwise. */
export function openInBrowser(url: string): boolean {
  const env = process.env;
  if (env.CI || env.PARALLAX_NO_OPEN) return false;
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : env.DISPLAY || env.WAYLAND_DISPLAY
          ? ['xdg-open', [url]]
          : [undefined, []];
  if (!cmd) return false;
  try {
    const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}
