import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

export const ROW_HEAD_WIDTH = 78;
/** Narrower than this, a column of news sentences becomes a column of single words. */
export const MIN_COLUMN_WIDTH = 220;

/**
 * Column widths from the space available: columns share the width, but never get narrower than
 * MIN_COLUMN_WIDTH; past that the table scrolls sideways and pinned columns stay put.
 */
/** Narrow columns fit up to eight outlets on a laptop screen. */
export const NARROW_COLUMN_WIDTH = 140;

export function useColumnLayout(scroller: RefObject<HTMLElement | null>, visible: readonly string[], pinned: readonly string[], ready: unknown, narrow = false) {
  const [width, setWidth] = useState(1000);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const read = () => setWidth(el.clientWidth);
    read();
    const ro = new ResizeObserver(read);
    ro.observe(el);
    return () => ro.disconnect();
  }, [scroller, ready]);
  const n = Math.max(1, visible.length);
  const colWidth = Math.max(narrow ? NARROW_COLUMN_WIDTH : MIN_COLUMN_WIDTH, Math.floor((width - ROW_HEAD_WIDTH - 2) / n));
  const template = `${ROW_HEAD_WIDTH}px repeat(${n}, ${colWidth}px)`;
  const pinLeft = useCallback(
    (id: string) => {
      if (!pinned.includes(id)) return undefined;
      const i = visible.indexOf(id);
      return i < 0 ? undefined : ROW_HEAD_WIDTH + i * colWidth;
    },
    [visible, pinned, colWidth],
  );
  return { width, colWidth, template, readingTemplate: `repeat(${n}, minmax(${narrow ? NARROW_COLUMN_WIDTH : MIN_COLUMN_WIDTH}px, 1fr))`, pinLeft };
}
