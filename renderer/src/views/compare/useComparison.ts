/**
 * Loads a story's comparison and keeps it current. The previous result stays on screen while a
 * recomputation runs (after a correction, an alias, an edited article), so the view never
 * blanks; progress comes from the service's job events.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Comparison } from '../../../../shared/compare/types';
import type { ParallaxEvent } from '../../../../shared/api/events';
import { useApi } from '../../app/api-context';

export interface ComparisonState {
  comparison?: Comparison;
  error?: Error;
  /** A computation is running (the first one, or a recomputation). */
  busy: boolean;
  progress?: { done: number; total: number };
  /** Milliseconds the last computation took, request to response. */
  tookMs?: number;
  recompute: () => void;
  /** Feed service events here (the view subscribes once: each subscription is a connection in browser mode). */
  onEvent: (e: ParallaxEvent) => void;
}

let jobCounter = 0;

export function useComparison(storyId: string): ComparisonState {
  const api = useApi();
  const [comparison, setComparison] = useState<Comparison>();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(true);
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [tookMs, setTookMs] = useState<number>();
  const [tick, setTick] = useState(0);
  const jobRef = useRef('');

  useEffect(() => {
    let live = true;
    const jobId = `compare-view-${Date.now().toString(36)}-${++jobCounter}`;
    jobRef.current = jobId;
    const started = performance.now();
    setBusy(true);
    setProgress(undefined);
    api.compareStory({ id: storyId, jobId }).then(
      (c) => {
        if (!live) return;
        setComparison(c);
        setError(undefined);
        setTookMs(Math.round(performance.now() - started));
        setBusy(false);
      },
      (e: Error) => {
        if (!live) return;
        setError(e);
        setBusy(false);
      },
    );
    return () => {
      live = false;
    };
  }, [api, storyId, tick]);

  const onEvent = useCallback((e: ParallaxEvent) => {
    if (e.type === 'job-progress' && e.kind === 'compare' && e.jobId === jobRef.current) setProgress({ done: e.done, total: e.total });
    // An edited, trashed or re-extracted article changes what is compared.
    if (e.type === 'library-changed' && e.what === 'articles') setTick((t) => t + 1);
  }, []);

  const recompute = useCallback(() => setTick((t) => t + 1), []);
  return { comparison, error, busy, progress, tookMs, recompute, onEvent };
}
