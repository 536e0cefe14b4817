import { shell, type BrowserWindow } from 'electron';
import { isAppUrl } from './app-protocol';

/**
 * One place for the window's navigation rules (Electron security checklist): the page can never
 * navigate away from the app, never open a new window; http(s) links open in the system browser
 * and nothing else (file:, javascript:, custom schemes) is opened at all.
 */
export function lockDownWindow(win: BrowserWindow): void {
  const wc = win.webContents;
  wc.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) {
      event.preventDefault();
      openExternalIfWeb(url);
    }
  });
  wc.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  wc.setWindowOpenHandler(({ url }) => {
    openExternalIfWeb(url);
    return { action: 'deny' };
  });
  wc.on('will-attach-webview', (event) => event.preventDefault());
  wc.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
}

function openExternalIfWeb(url: string): void {
  try {
    const { protocol } = new URL(url);
    // Reviewed: only http(s) addresses reach the system browser; file:, javascript: and custom schemes never do.
    if (protocol === 'http:' || protocol === 'https:') void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
  } catch {
    /* not a URL: ignore */
  }
}
