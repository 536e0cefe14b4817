import { useCallback, useState } from 'react';

/** A boolean view preference kept in localStorage (open/closed panels), falling back to `initial`. */
export function useRememberedFlag(key: string, initial: boolean): [boolean, (v: boolean) => void] {
  const [value, setValue] = useState(() => {
    try {
      const raw = localStorage.getItem(key);
      return raw === null ? initial : raw === '1';
    } catch {
      return initial;
    }
  });
  const set = useCallback(
    (v: boolean) => {
      setValue(v);
      try {
        localStorage.setItem(key, v ? '1' : '0');
      } catch {
        // Not remembered; harmless.
      }
    },
    [key],
  );
  return [value, set];
}
