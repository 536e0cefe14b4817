import { useCallback } from 'react';

export const ROW_HEAD_WIDTH = 78;
/** Narrower than this, a column of news sentences becomes a column of single words. */
export const MIN_COLUMN_WIDTH = 220;
/** Narrow columns fit up to eight outlets on a laptop screen. */
export const NARROW_COLUMN_WIDTH = 140;

/**
 * Column widths from the space available, in CSS alone: columns share the width but never get
 * narrower than the minimum; past that the table scrolls sideways (the grid's min-content width)
 * and pinned columns stay put. Nothing is measured from script, so the first screen of a large
 * comparison is laid out once, not measured and then laid out again.
 */
export function useColumnLayout(visible: readonly string[], pinned: readonly string[], narrow = false) {
  const n = Math.max(1, visible.length);
  const min = narrow ? NARROW_COLUMN_WIDTH : MIN_COLUMN_WIDTH;
  const template = `${ROW_HEAD_WIDTH}px repeat(${n}, minmax(${min}px, 1fr))`;
  // A pinned column only needs its offset while the table scrolls sideways, and then every
  // column is at its minimum width.
  const pinLeft = useCallback(
    (id: string) => {
      if (!pinned.includes(id)) return undefined;
      const i = visible.indexOf(id);
      return i < 0 ? undefined : ROW_HEAD_WIDTH + i * min;
    },
    [visible, pinned, min],
  );
  return { template, readingTemplate: `repeat(${n}, minmax(${min}px, 1fr))`, pinLeft };
}
