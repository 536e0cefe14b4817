import { useEffect } from 'react';
import { navigate } from './router';

/**
 * Keyboard shortcuts that work in both shells (the Electron menu declares the same accelerators):
 * Ctrl/Cmd+K search, Ctrl/Cmd+1/2/3 library, stories, import.
 */
export function useShortcuts(): void {
  useEffect(() => {
    const on = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      const go =
        key === 'k'
          ? () => {
              navigate({ view: 'search', q: '' });
              setTimeout(() => document.getElementById('search-box')?.focus(), 0);
            }
          : key === '1'
            ? () => navigate({ view: 'library' })
            : key === '2'
              ? () => navigate({ view: 'stories' })
              : key === '3'
                ? () => navigate({ view: 'import' })
                : undefined;
      if (go) {
        e.preventDefault();
        go();
      }
    };
    window.addEventListener('keydown', on);
    return () => window.removeEventListener('keydown', on);
  }, []);
}
