import { useRef, type KeyboardEvent } from 'react';
import type { ComparisonIndex } from '../../../../shared/export/index';
import type { StoryRecord } from '../../../../shared/model/story';
import { SampleStoryBanner } from './SampleStory';

export type CompareTab = 'aligned' | 'reading' | 'facts' | 'words' | 'corrections';

/** Title, what is compared, and whether a recomputation is running. */
export function CompareHeader({ ix, story, busy, tookMs, rows, storyHref }: { ix: ComparisonIndex; story?: StoryRecord; busy: boolean; tookMs?: number; rows: number; storyHref: string }) {
  const c = ix.comparison;
  return (
    <header className="cmp-header">
      <div className="cmp-title-line">
        <a href={storyHref} className="back-link">
          ← Story
        </a>
        <h1>{story?.title ?? 'Comparison'}</h1>
        <span className="muted" title={tookMs !== undefined ? `Computed in ${tookMs} ms` : undefined} data-testid="compare-stats">
          {c.articles.length} outlets · {rows} rows · {c.claims.length} shared claims · {c.unique.length} unique sentences
        </span>
        {busy && (
          <span className="recomputing" role="status">
            <span aria-hidden>⟳</span> Recomputing…
          </span>
        )}
        {c.staleCorrections > 0 && (
          <span className="warning-line" role="status">
            ⚠ {c.staleCorrections} correction{c.staleCorrections === 1 ? '' : 's'} no longer apply
          </span>
        )}
      </div>
      {story?.sample && <SampleStoryBanner />}
    </header>
  );
}

const TABS: Array<{ id: CompareTab; label: string; count?: 'facts' | 'words' | 'corrections' }> = [
  { id: 'aligned', label: 'Side by side' },
  { id: 'reading', label: 'Reading order' },
  { id: 'facts', label: 'Facts', count: 'facts' },
  { id: 'words', label: 'Word choice', count: 'words' },
  { id: 'corrections', label: 'Corrections & notes', count: 'corrections' },
];

/** Tabs with arrow-key movement, as the WAI-ARIA tabs pattern describes. */
export function CompareTabs({ tab, setTab, counts }: { tab: CompareTab; setTab: (t: CompareTab) => void; counts: Record<'facts' | 'words' | 'corrections', number> }) {
  const list = useRef<HTMLDivElement>(null);
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    setTab(next.id);
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`#cmp-tab-${next.id}`)?.focus());
  };
  return (
    <div className="tabs cmp-tabs" role="tablist" aria-label="Comparison views" ref={list} onKeyDown={onKey}>
      {TABS.map((t) => (
        <button
          key={t.id}
          role="tab"
          id={`cmp-tab-${t.id}`}
          aria-selected={tab === t.id}
          aria-controls={`cmp-panel-${t.id}`}
          tabIndex={tab === t.id ? 0 : -1}
          className={tab === t.id ? 'active' : ''}
          onClick={() => setTab(t.id)}
        >
          {t.label}
          {t.count && counts[t.count] > 0 && <span className="tab-count">{counts[t.count]}</span>}
        </button>
      ))}
    </div>
  );
}
