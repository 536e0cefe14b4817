import { screen, type BrowserWindow } from 'electron';
import type { WindowState } from '../../shared/model/settings';

/** A remembered position is used only if it is still on a connected display (monitors get unplugged). */
export function usableWindowState(saved: WindowState): WindowState {
  if (saved.x === undefined || saved.y === undefined) return saved;
  const visible = screen.getAllDisplays().some(({ workArea: a }) => saved.x! < a.x + a.width - 50 && saved.x! + saved.width > a.x + 50 && saved.y! >= a.y - 10 && saved.y! < a.y + a.height - 50);
  return visible ? saved : { width: saved.width, height: saved.height, maximized: saved.maximized };
}

export function captureWindowState(win: BrowserWindow): WindowState {
  const b = win.getNormalBounds();
  return { x: b.x, y: b.y, width: Math.max(400, b.width), height: Math.max(300, b.height), maximized: win.isMaximized() };
}
