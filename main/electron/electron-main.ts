import { app, BrowserWindow, dialog, ipcMain, Menu, type WebContents } from 'electron';
import Store from 'electron-store';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SETTINGS, SETTINGS_JSON_SCHEMA } from '../../shared/model/settings';
import { warmUpEngines } from '../engines/run-engine';
import { openServices, type Services } from '../services/open-services';
import type { SettingsBackend } from '../settings/settings-service';
import { APP_ORIGIN, isAppUrl, registerAppScheme, serveRenderer } from './app-protocol';
import { buildMenu } from './app-menu';
import { EVENTS_CHANNEL, registerApiHandlers } from './ipc-handlers';
import { registerPrintToPdf } from './print-to-pdf';
import { lockDownWindow } from './window-security';
import { captureWindowState, usableWindowState } from './window-state';

/**
 * The desktop shell, kept thin: single-instance lock, one secure window, native menus, and the
 * contract's IPC handlers. Everything else lives in the services, shared with browser mode.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
let win: BrowserWindow | undefined;
let services: Services | undefined;

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.whenReady().then(start).catch((err) => {
    console.error(`Parallax failed to start: ${(err as Error).message}`);
    app.exit(1);
  });
  app.on('window-all-closed', () => app.quit());
}

async function start(): Promise<void> {
  const libraryFlag = process.argv.find((a) => a.startsWith('--library='))?.slice('--library='.length);
  const openStore = () =>
    new Store<Record<string, unknown>>({ name: 'config', schema: SETTINGS_JSON_SCHEMA as never, defaults: { ...DEFAULT_SETTINGS }, clearInvalidConfig: false }) as unknown as SettingsBackend;
  services = await openServices({
    shell: 'electron',
    userData: app.getPath('userData'),
    libraryDir: libraryFlag,
    openSettings: openStore,
    settingsFile: path.join(app.getPath('userData'), 'config.json'),
  });
  warmUpEngines();
  const api = services.api;
  serveRenderer(path.resolve(here, '..', 'renderer'));
  registerApiHandlers(ipcMain, api, isAppUrl);
  registerPrintToPdf(ipcMain, isAppUrl, {
    async chooseFile(sender, suggestedName) {
      const owner = BrowserWindow.fromWebContents(sender as WebContents);
      const options = { defaultPath: path.join(app.getPath('documents'), suggestedName), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const r = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return r.canceled ? undefined : r.filePath;
    },
    printToPdf: (sender) => (sender as WebContents).printToPDF({ printBackground: true, landscape: true, pageSize: 'A4' }),
  });
  services.ctx.events.subscribe((e) => win?.webContents.send(EVENTS_CHANNEL, e));
  Menu.setApplicationMenu(buildMenu(() => win));
  createWindow(services);
}

function createWindow(s: Services): void {
  const state = usableWindowState(s.ctx.settings.get().windowState);
  win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Parallax',
    backgroundColor: '#1b1d22',
    webPreferences: {
      // Reviewed: the preload exposes only one typed invoke function per API method (see preload.ts).
      preload: path.join(here, 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      // Middle-click must not open links in new windows (Electron security checklist).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  lockDownWindow(win);
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win?.show());
  const remember = () => win && !win.isDestroyed() && s.ctx.settings.update({ windowState: captureWindowState(win) });
  win.on('close', remember);
  win.on('closed', () => (win = undefined));
  win.webContents.on('did-finish-load', () => {
    for (const message of s.notices) win?.webContents.send(EVENTS_CHANNEL, { type: 'notice', level: 'warning', message });
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('will-quit', () => {
  void services?.close();
});
