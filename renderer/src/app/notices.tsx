import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { ApiError } from '../../../shared/api/errors';
import { useEvents } from './api-context';

export interface NoticeItem {
  id: number;
  level: 'info' | 'warning' | 'error';
  message: string;
  hint?: string;
}

interface NoticeApi {
  notify: (level: NoticeItem['level'], message: string, hint?: string) => void;
  /** Shows what failed and what to do; accepts anything thrown. */
  showError: (err: unknown, context?: string) => void;
}

const NoticeContext = createContext<NoticeApi | null>(null);
let nextId = 1;

/** The error surface: a stack of dismissible notices, announced to screen readers. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<NoticeItem[]>([]);
  const notify = useCallback((level: NoticeItem['level'], message: string, hint?: string) => {
    const item: NoticeItem = { id: nextId++, level, message, ...(hint ? { hint } : {}) };
    setItems((list) => [...list.slice(-4), item]);
    if (level === 'info') setTimeout(() => setItems((list) => list.filter((i) => i.id !== item.id)), 5000);
  }, []);
  const showError = useCallback(
    (err: unknown, context?: string) => {
      const message = err instanceof Error ? err.message : String(err);
      notify('error', context ? `${context}: ${message}` : message, err instanceof ApiError ? err.hint : undefined);
    },
    [notify],
  );
  useEvents((e) => {
    if (e.type === 'notice') notify(e.level, e.message);
  });
  return (
    <NoticeContext.Provider value={{ notify, showError }}>
      {children}
      <div className="notices" role="status" aria-live="polite">
        {items.map((n) => (
          <div key={n.id} className={`notice notice-${n.level}`} data-testid="notice">
            <span className="notice-icon" aria-hidden>
              {n.level === 'error' ? '⚠' : n.level === 'warning' ? '!' : 'i'}
            </span>
            <div className="notice-body">
              <div className="notice-message">{n.message}</div>
              {n.hint && <div className="notice-hint">{n.hint}</div>}
            </div>
            <button className="icon-button" aria-label="Dismiss" onClick={() => setItems((l) => l.filter((i) => i.id !== n.id))}>
              ×
            </button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}

export function useNotices(): NoticeApi {
  const c = useContext(NoticeContext);
  if (!c) throw new Error('useNotices outside NoticeProvider');
  return c;
}
