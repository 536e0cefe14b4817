import { useEffect, useRef } from 'react';

interface Keys {
  onFind: () => void;
  onDifference: (delta: 1 | -1) => void;
  onEscape: () => void;
}

/**
 * Keyboard commands of the comparison: Alt+Down / Alt+Up for the next / previous difference (as
 * diff tools do), Ctrl/Cmd+F for find within the comparison (the rows are virtualised, so the
 * browser's own find would miss most of them), Escape to cancel linking.
 */
export function useCompareKeys(keys: Keys): void {
  const ref = useRef(keys);
  ref.current = keys;
  useEffect(() => {
    const on = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        ref.current.onFind();
      } else if (e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        e.preventDefault();
        ref.current.onDifference(e.key === 'ArrowDown' ? 1 : -1);
      } else if (e.key === 'Escape') {
        ref.current.onEscape();
      }
    };
    window.addEventListener('keydown', on);
    return () => window.removeEventListener('keydown', on);
  }, []);
}
