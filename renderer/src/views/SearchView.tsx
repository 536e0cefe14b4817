import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { SearchResponse, SearchSnippet } from '../../../shared/model/search';
import { useApi } from '../app/api-context';
import { hrefOf, navigate } from '../app/router';
import { EmptyState, ErrorBox, formatDate } from '../components/EmptyState';

/** Search the whole library as you type (debounced), with lunr syntax and "phrases". */
export function SearchView({ initialQuery }: { initialQuery: string }) {
  const api = useApi();
  const [query, setQuery] = useState(initialQuery);
  const [res, setRes] = useState<SearchResponse | undefined>();
  const [error, setError] = useState<Error | undefined>();
  const box = useRef<HTMLInputElement>(null);

  useEffect(() => box.current?.focus(), []);
  useEffect(() => {
    if (!query.trim()) {
      setRes(undefined);
      return;
    }
    let live = true;
    const t = setTimeout(() => {
      api.search({ query, limit: 50 }).then(
        (r) => live && (setRes(r), setError(undefined)),
        (e: Error) => live && setError(e),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [api, query]);

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
            if (e.key === 'Enter' && res?.hits[0]) navigate({ view: 'article', id: res.hits[0].id, at: res.hits[0].snippets[0]?.offset });
          }}
        />
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
        </EmptyState>
      )}
      {res && !res.problem && (
        <>
          <p className="muted" data-testid="result-count">{res.total} result{res.total === 1 ? '' : 's'} · {res.tookMs} ms</p>
          {res.total === 0 && <p className="no-results">No article matches. Check the spelling, try fewer words, or a prefix such as <code>negotiat*</code>.</p>}
          <ol className="results">
            {res.hits.map((h) => (
              <li key={h.id} className="result">
                <a href={hrefOf({ view: 'article', id: h.id, ...(h.snippets[0] ? { at: h.snippets[0].offset } : {}) })} className="result-title">{h.title}</a>
                <div className="muted">{h.outlet} · {formatDate(h.published)}</div>
                {h.snippets.map((s, i) => <Snippet key={i} s={s} />)}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function Snippet({ s }: { s: SearchSnippet }) {
  const parts: Array<string | ReactElement> = [];
  let at = 0;
  s.highlights.forEach(([a, b], i) => {
    parts.push(s.text.slice(at, a), <mark key={i}>{s.text.slice(a, b)}</mark>);
    at = b;
  });
  parts.push(s.text.slice(at));
  return <p className="snippet">…{parts}…</p>;
}
