import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/api/events';

/** Native menus with the usual shortcuts; app commands are forwarded to the page as a hash route or a command event. */
export function buildMenu(getWindow: () => BrowserWindow | undefined): Menu {
  const send = (command: AppCommand) => getWindow()?.webContents.send('parallax:event', { type: 'command', command });
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: () => send('import') },
        { label: 'New Story', accelerator: 'CmdOrCtrl+N', click: () => send('new-story') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { label: 'Library', accelerator: 'CmdOrCtrl+1', click: () => send('go-library') },
        { label: 'Search', accelerator: 'CmdOrCtrl+K', click: () => send('search') },
        { label: 'Stories', accelerator: 'CmdOrCtrl+2', click: () => send('go-stories') },
        { label: 'Import', accelerator: 'CmdOrCtrl+3', click: () => send('go-import') },
        { type: 'separator' },
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
