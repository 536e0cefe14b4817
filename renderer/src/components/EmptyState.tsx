import type { ReactNode } from 'react';

/** What a view shows when it has nothing yet: what this place is for and the next step. */
export function EmptyState({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section className="empty-state" data-testid="empty-state">
      <h2>{title}</h2>
      <div className="empty-body">{children}</div>
      {action && <div className="empty-action">{action}</div>}
    </section>
  );
}

/** An error in place of a view's content: what failed and what to do. */
export function ErrorBox({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const hint = (error as { hint?: string }).hint;
  return (
    <div className="error-box" role="alert">
      <strong>⚠ {error.message}</strong>
      {hint && <p>{hint}</p>}
      {onRetry && <button onClick={onRetry}>Try again</button>}
    </div>
  );
}

export const formatDate = (iso?: string): string => {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
};
