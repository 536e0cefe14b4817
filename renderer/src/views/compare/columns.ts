/**
 * Column state of the comparison: the order of outlets, which are hidden and which are pinned
 * (kept at the left while scrolling sideways). Kept per story in localStorage, because it is a
 * view preference, not part of the story's data. Pure functions plus one small hook.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

export interface ColumnState {
  order: string[];
  hidden: string[];
  pinned: string[];
}

/** Reconciles a saved state with the articles the comparison has now (added ones go last, removed ones drop). */
export function reconcileColumns(saved: Partial<ColumnState> | undefined, articleIds: readonly string[]): ColumnState {
  const live = new Set(articleIds);
  const order = [...(saved?.order ?? []).filter((id) => live.has(id)), ...articleIds.filter((id) => !(saved?.order ?? []).includes(id))];
  const hidden = (saved?.hidden ?? []).filter((id) => live.has(id));
  const pinned = (saved?.pinned ?? []).filter((id) => live.has(id) && !hidden.includes(id));
  // Never hide everything: a comparison needs two columns to mean anything.
  return { order, hidden: order.length - hidden.length < 2 ? [] : hidden, pinned };
}

/** Visible columns, pinned ones first (in their order), then the rest. */
export function visibleColumns(state: ColumnState): string[] {
  const shown = state.order.filter((id) => !state.hidden.includes(id));
  return [...shown.filter((id) => state.pinned.includes(id)), ...shown.filter((id) => !state.pinned.includes(id))];
}

export function moveColumn(state: ColumnState, id: string, delta: -1 | 1): ColumnState {
  const visible = visibleColumns(state);
  const at = visible.indexOf(id);
  const target = visible[at + delta];
  if (at < 0 || !target) return state;
  const order = [...state.order];
  const i = order.indexOf(id);
  const j = order.indexOf(target);
  [order[i], order[j]] = [order[j]!, order[i]!];
  return { ...state, order };
}

export function toggleHidden(state: ColumnState, id: string): ColumnState {
  if (state.hidden.includes(id)) return { ...state, hidden: state.hidden.filter((h) => h !== id) };
  if (state.order.length - state.hidden.length <= 2) return state;
  return { ...state, hidden: [...state.hidden, id], pinned: state.pinned.filter((p) => p !== id) };
}

export function togglePinned(state: ColumnState, id: string): ColumnState {
  return state.pinned.includes(id) ? { ...state, pinned: state.pinned.filter((p) => p !== id) } : { ...state, pinned: [...state.pinned, id] };
}

const storageKey = (storyId: string) => `parallax.compare.columns.${storyId}`;

export function useColumns(storyId: string, articleIds: readonly string[]) {
  const key = articleIds.join(',');
  // The user's choices; the state shown is always reconciled with the articles compared now,
  // synchronously, so the first render after a comparison arrives already has its columns.
  const [saved, setSaved] = useState<Partial<ColumnState> | undefined>(() => load(storyId));
  useEffect(() => setSaved(load(storyId)), [storyId]);
  const state = useMemo(() => reconcileColumns(saved, articleIds), [saved, key]);
  useEffect(() => {
    if (articleIds.length === 0) return;
    try {
      localStorage.setItem(storageKey(storyId), JSON.stringify(state));
    } catch {
      // Storage full or disabled: the layout is simply not remembered.
    }
  }, [storyId, state]);
  const visible = useMemo(() => visibleColumns(state), [state]);
  const stateRef = useRef(state);
  stateRef.current = state;
  const update = useCallback((f: (s: ColumnState) => ColumnState) => setSaved(() => f(stateRef.current)), []);
  return { state, visible, update };
}

function load(storyId: string): Partial<ColumnState> | undefined {
  try {
    const raw = localStorage.getItem(storageKey(storyId));
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    if (!parsed || typeof parsed !== 'object') return undefined;
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    const p = parsed as Record<string, unknown>;
    return { order: strings(p.order), hidden: strings(p.hidden), pinned: strings(p.pinned) };
  } catch {
    return undefined;
  }
}
