/**
 * Renders only the rows near the viewport when a comparison is large (10 articles can make
 * thousands of cells). Rows have different heights (text wraps), so heights are measured as rows
 * render and estimated until then; spacers above and below keep the scrollbar honest.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';

interface Options {
  /** One stable key per row, in order: measured heights follow the row when filters change. */
  keys: readonly string[];
  /** The scrolling element. */
  scroller: RefObject<HTMLElement | null>;
  /** The element the rows are in; its offset inside the scroller is where row 0 starts. */
  body: RefObject<HTMLElement | null>;
  enabled: boolean;
  estimate?: number;
  /** Pixels rendered beyond the viewport on each side. */
  overscan?: number;
  /** Height of sticky content at the top of the scroller (column headers), not covering rows. */
  stickyTop?: number;
}

export interface VirtualRows {
  start: number;
  end: number;
  padTop: number;
  padBottom: number;
  /** Ref callback for the row element at `index`, so its height is measured. */
  measure: (index: number) => (el: HTMLElement | null) => void;
  /** Scrolls row `index` to the top of the viewport (below the sticky headers). */
  scrollToIndex: (index: number) => void;
}

export function useVirtualRows({ keys, scroller, body, enabled, estimate = 160, overscan = 600, stickyTop = 0 }: Options): VirtualRows {
  const count = keys.length;
  const heights = useRef(new Map<string, number>());
  const keysRef = useRef(keys);
  keysRef.current = keys;
  const [version, setVersion] = useState(0);
  const [viewport, setViewport] = useState({ top: 0, height: 800 });
  const observer = useRef<ResizeObserver | null>(null);
  const elements = useRef(new Map<Element, string>());
  const pending = useRef(0);

  const bump = useCallback(() => {
    if (pending.current) return;
    pending.current = requestAnimationFrame(() => {
      pending.current = 0;
      setVersion((v) => v + 1);
    });
  }, []);

  useEffect(() => {
    observer.current = new ResizeObserver((entries) => {
      let changed = false;
      for (const e of entries) {
        const key = elements.current.get(e.target);
        const h = (e.target as HTMLElement).offsetHeight;
        if (key !== undefined && h > 0 && Math.abs((heights.current.get(key) ?? 0) - h) > 0.5) {
          heights.current.set(key, h);
          changed = true;
        }
      }
      if (changed) bump();
    });
    return () => {
      observer.current?.disconnect();
      cancelAnimationFrame(pending.current);
      pending.current = 0;
    };
  }, [bump]);

  const bodyOffset = useCallback(() => {
    const s = scroller.current;
    const b = body.current;
    if (!s || !b) return 0;
    return b.getBoundingClientRect().top - s.getBoundingClientRect().top + s.scrollTop;
  }, [scroller, body]);

  useLayoutEffect(() => {
    const s = scroller.current;
    if (!s) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      const top = s.scrollTop - bodyOffset();
      const height = s.clientHeight;
      // Same values, same object: no re-render (each one would lay the table out again).
      setViewport((v) => (Math.abs(v.top - top) < 1 && v.height === height ? v : { top, height }));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    read();
    s.addEventListener('scroll', onScroll, { passive: true });
    const ro = new ResizeObserver(onScroll);
    ro.observe(s);
    return () => {
      s.removeEventListener('scroll', onScroll);
      ro.disconnect();
      cancelAnimationFrame(frame);
    };
    // Re-attach when the scroller appears (the view shows a loading screen first) or virtualisation turns on.
  }, [scroller, bodyOffset, enabled, count > 0]);

  const offsets = useMemo(() => {
    const out = new Array<number>(count + 1);
    out[0] = 0;
    for (let i = 0; i < count; i++) out[i + 1] = out[i]! + (heights.current.get(keys[i]!) ?? estimate);
    return out;
    // `version` changes when a measured height changed.
  }, [keys, count, version, estimate]);

  const range = useMemo(() => {
    if (!enabled) return { start: 0, end: count };
    const from = viewport.top - overscan;
    const to = viewport.top + viewport.height + overscan;
    const start = Math.max(0, lowerBound(offsets, from) - 1);
    const end = Math.min(count, lowerBound(offsets, to) + 1);
    return { start, end };
  }, [enabled, count, offsets, viewport, overscan]);

  const measure = useCallback(
    (index: number) => (el: HTMLElement | null) => {
      if (!el) return;
      const key = keysRef.current[index];
      if (key === undefined) return;
      // Forget rows that left the DOM (scrolled out of the window).
      for (const e of elements.current.keys()) {
        if (!e.isConnected) {
          observer.current?.unobserve(e);
          elements.current.delete(e);
        }
      }
      if (!elements.current.has(el)) observer.current?.observe(el);
      elements.current.set(el, key);
    },
    [],
  );

  const scrollToIndex = useCallback(
    (index: number) => {
      const s = scroller.current;
      if (!s) return;
      const go = () => {
        const top = bodyOffset() + (offsetsRef.current[index] ?? 0) - stickyTop - 8;
        s.scrollTop = Math.max(0, top);
      };
      go();
      // Heights near the target are measured once rendered: correct the position twice.
      requestAnimationFrame(() => requestAnimationFrame(go));
    },
    [scroller, bodyOffset, stickyTop],
  );
  const offsetsRef = useRef(offsets);
  offsetsRef.current = offsets;

  return {
    start: range.start,
    end: range.end,
    padTop: enabled ? offsets[range.start]! : 0,
    padBottom: enabled ? offsets[count]! - offsets[range.end]! : 0,
    measure,
    scrollToIndex,
  };
}

/** First index i with sorted[i] >= value. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
