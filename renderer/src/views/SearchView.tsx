import { useEffect, useRef, useState } from 'react';
import type { SearchRequest, SearchResponse } from '../../../shared/model/search';
import { useApi, useLive } from '../app/api-context';
import { EmptyState, ErrorBox } from '../components/EmptyState';
import { SearchResults } from './SearchResults';

type Sort = NonNullable<SearchRequest['sort']>;

/** Search the whole library as you type (debounced), with lunr syntax, "phrases", filters and sort. */
export function SearchView({ initialQuery }: { initialQuery: string }) {
  const api = useApi();
  const [query, setQuery] = useState(initialQuery);
  const [outlet, setOutlet] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [story, setStory] = useState('');
  const [sort, setSort] = useState<Sort>('relevance');
  const [res, setRes] = useState<SearchResponse | undefined>();
  const [error, setError] = useState<Error | undefined>();
  const box = useRef<HTMLInputElement>(null);
  const outlets = useLive((a) => a.listOutlets({}), [], ['articles']);
  const stories = useLive((a) => a.listStories({}), [], ['stories']);

  useEffect(() => box.current?.focus(), []);
  useEffect(() => {
    if (!query.trim()) {
      setRes(undefined);
      return;
    }
    let live = true;
    const filters = {
      ...(outlet ? { outlets: [outlet] } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(story === 'none' ? { notInStory: true } : story ? { storyId: story } : {}),
    };
    const t = setTimeout(() => {
      api.search({ query, filters, sort, limit: 100 }).then(
        (r) => live && (setRes(r), setError(undefined)),
        (e: Error) => live && setError(e),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [api, query, outlet, from, to, story, sort]);

  return (
    <section className="view">
      <header className="view-header">
        <h1>Search</h1>
      </header>
      <div className="search-bar">
        <input
          id="search-box"
          ref={box}
          type="search"
          role="searchbox"
          aria-label="Search the library"
          placeholder='Search everything you saved — e.g. Yermak, title:ceasefire +Kushner, "no compromise"'
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              document.querySelector<HTMLElement>('.results .result')?.focus();
            }
          }}
        />
      </div>
      <div className="filters" aria-label="Search filters">
        <select aria-label="Outlet" value={outlet} onChange={(e) => setOutlet(e.target.value)}>
          <option value="">All outlets</option>
          {(outlets.data ?? []).map((o) => <option key={o.name} value={o.name}>{o.name} ({o.count})</option>)}
        </select>
        <label className="inline-label">From <input type="date" aria-label="Published from" value={from} onChange={(e) => setFrom(e.target.value)} /></label>
        <label className="inline-label">to <input type="date" aria-label="Published to" value={to} onChange={(e) => setTo(e.target.value)} /></label>
        <select aria-label="Story" value={story} onChange={(e) => setStory(e.target.value)}>
          <option value="">Any story or none</option>
          <option value="none">Not in a story</option>
          {(stories.data ?? []).map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
        </select>
        <select aria-label="Sort" value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
          <option value="relevance">Most relevant</option>
          <option value="date-desc">Newest first</option>
          <option value="date-asc">Oldest first</option>
        </select>
      </div>
      {res?.problem && (
        <div className="query-problem" role="alert" data-testid="query-problem">
          <code>
            {query.slice(0, res.problem.start)}
            <mark className="query-error">{query.slice(res.problem.start, Math.max(res.problem.end, res.problem.start + 1)) || ' '}</mark>
            {query.slice(Math.max(res.problem.end, res.problem.start + 1))}
          </code>
          <p>{res.problem.message}</p>
        </div>
      )}
      {error && <ErrorBox error={error} />}
      {!query.trim() && (
        <EmptyState title="Search everything you saved">
          <ul className="syntax-help">
            <li><code>Yermak</code> — a word, in any form (stemmed)</li>
            <li><code>"no compromise"</code> — an exact phrase</li>
            <li><code>+Kushner -Witkoff</code> — must include / must not include</li>
            <li><code>title:ceasefire</code> — only in a field (title, outlet, authors, body)</li>
            <li><code>negotiat*</code> · <code>Zelensky~1</code> · <code>peace^3</code> — prefix, fuzzy, boost</li>
          </ul>
          <p className="muted">↓ moves into the results, Enter opens the article at the match, Space selects results for a story.</p>
        </EmptyState>
      )}
      {res && !res.problem && (
        <>
          <p className="muted" data-testid="result-count">
            {res.totalIsEstimate ? 'about ' : ''}{res.total} result{res.total === 1 ? '' : 's'} · {res.tookMs} ms
          </p>
          {res.total === 0 && <p className="no-results">No article matches. Check the spelling, try fewer words or filters, or a prefix such as <code>negotiat*</code>.</p>}
          <SearchResults hits={res.hits} query={query} />
        </>
      )}
    </section>
  );
}
