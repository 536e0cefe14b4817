import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { SearchHit, SearchSnippet } from '../../../shared/model/search';
import { useApi, useLive } from '../app/api-context';
import { useNotices } from '../app/notices';
import { useSelection } from '../app/use-selection';
import { hrefOf, navigate } from '../app/router';
import { formatDate } from '../components/EmptyState';

/**
 * The hit list: ↑/↓ move through results, Enter opens the article at the match, Space selects;
 * selected hits go to an existing story or make a new one.
 */
export function SearchResults({ hits, query }: { hits: SearchHit[]; query: string }) {
  const api = useApi();
  const { showError, notify } = useNotices();
  const [active, setActive] = useState(0);
  const { selected, setSelected, toggle } = useSelection();
  const stories = useLive((a) => a.listStories({}), [], ['stories']);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => setSelected(new Set()), [query]);
  useEffect(() => setActive(0), [hits]);

  const open = (h: SearchHit) => navigate({ view: 'article', id: h.id, ...(h.snippets[0] ? { at: h.snippets[0].offset } : {}) });
  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = Math.max(0, Math.min(hits.length - 1, active + (e.key === 'ArrowDown' ? 1 : -1)));
      setActive(next);
      list.current?.querySelectorAll<HTMLElement>('.result')[next]?.focus();
    } else if (e.key === 'Enter' && hits[active]) open(hits[active]!);
    else if (e.key === ' ' && hits[active]) {
      e.preventDefault();
      toggle(hits[active]!.id);
    }
  };
  const ids = [...selected];
  const newStory = async () => {
    try {
      const story = await api.createStory({ title: query.replace(/["+\-~^*:]/g, ' ').replace(/\s+/g, ' ').trim() || 'New story', articleIds: ids });
      navigate({ view: 'story', id: story.id });
    } catch (e) {
      showError(e, 'Could not create the story');
    }
  };
  const addTo = async (id: string) => {
    try {
      const s = await api.setStoryArticles({ id, add: ids });
      notify('info', `Added ${ids.length} article${ids.length === 1 ? '' : 's'} to “${s.title}”`);
      setSelected(new Set());
    } catch (e) {
      showError(e, 'Could not add to the story');
    }
  };

  return (
    <>
      {selected.size > 0 && (
        <div className="selection-bar" role="toolbar" aria-label="Selected results">
          <span>{selected.size} selected</span>
          <button className="primary" onClick={() => void newStory()}>New story from selection</button>
          {(stories.data ?? []).length > 0 && (
            <select aria-label="Add selected results to story" value="" onChange={(e) => e.target.value && void addTo(e.target.value)}>
              <option value="">Add to story…</option>
              {(stories.data ?? []).map((s) => (
                <option key={s.id} value={s.id}>{s.title}</option>
              ))}
            </select>
          )}
          <button onClick={() => setSelected(new Set(hits.map((h) => h.id)))}>Select all</button>
          <button onClick={() => setSelected(new Set())}>Clear</button>
        </div>
      )}
      <ol className="results" ref={list} onKeyDown={onKey} aria-label="Search results">
        {hits.map((h, i) => (
          <li key={h.id} className={`result${i === active ? ' active' : ''}`} tabIndex={i === active ? 0 : -1} onFocus={() => setActive(i)} data-testid="search-hit">
            <input type="checkbox" aria-label={`Select ${h.title}`} checked={selected.has(h.id)} onChange={() => toggle(h.id)} />
            <div>
              <a href={hrefOf({ view: 'article', id: h.id, ...(h.snippets[0] ? { at: h.snippets[0].offset } : {}) })} className="result-title">
                <Marked text={h.title} highlights={h.titleHighlights} />
              </a>
              <div className="muted">{h.outlet} · {formatDate(h.published)} · {h.language}</div>
              {h.snippets.map((s, k) => (
                <p key={k} className="snippet">…<Marked text={s.text} highlights={s.highlights} />…</p>
              ))}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}

function Marked({ text, highlights }: { text: string; highlights: SearchSnippet['highlights'] }) {
  const parts: Array<string | ReactElement> = [];
  let at = 0;
  highlights.forEach(([a, b], i) => {
    parts.push(text.slice(at, a), <mark key={i}>{text.slice(a, b)}</mark>);
    at = b;
  });
  parts.push(text.slice(at));
  return <>{parts}</>;
}
