import { useMemo, useState } from 'react';
import type { ArticleSummary } from '../../../shared/model/article';
import { useApi, useLive } from '../app/api-context';
import { useNotices } from '../app/notices';
import { hrefOf, navigate } from '../app/router';
import { EmptyState, ErrorBox, formatDate } from '../components/EmptyState';

type SortKey = 'published' | 'title' | 'outlet' | 'wordCount';

/** Every saved article: sortable, filterable, multi-select; make a story from a selection or move to trash. */
export function LibraryView() {
  const api = useApi();
  const { showError, notify } = useNotices();
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'published', desc: true });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const { data, error, loading, reload } = useLive((a) => a.listArticles({}), [], ['articles', 'stories']);

  const rows = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const list = (data ?? []).filter((a) => !needle || a.title.toLowerCase().includes(needle) || a.outlet.toLowerCase().includes(needle));
    const dir = sort.desc ? -1 : 1;
    const val = (a: ArticleSummary) => (sort.key === 'published' ? a.published ?? '' : sort.key === 'wordCount' ? a.wordCount : a[sort.key].toLowerCase());
    return [...list].sort((a, b) => (val(a) < val(b) ? -dir : val(a) > val(b) ? dir : 0));
  }, [data, filter, sort]);

  if (error) return <ErrorBox error={error} onRetry={reload} />;
  if (!loading && (data ?? []).length === 0) {
    return (
      <EmptyState title="Your library is empty" action={<a className="button primary" href={hrefOf({ view: 'import' })}>Import articles</a>}>
        <p>Parallax compares how different outlets report the same event. Start by importing saved articles: web pages (.html, .mhtml), PDFs, Word files, text, or Nexis and Factiva exports.</p>
        <p>Then group reports of one event into a story and open its comparison.</p>
      </EmptyState>
    );
  }

  const toggle = (id: string) => setSelected((s) => {
    const next = new Set(s);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });
  const header = (key: SortKey, label: string) => (
    <th aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <button className="th-button" onClick={() => setSort((s) => ({ key, desc: s.key === key ? !s.desc : key === 'published' }))}>
        {label} {sort.key === key ? (sort.desc ? '▼' : '▲') : ''}
      </button>
    </th>
  );
  const makeStory = async () => {
    const ids = [...selected];
    const first = data?.find((a) => a.id === ids[0]);
    try {
      const story = await api.createStory({ title: first ? first.title.slice(0, 80) : 'New story', articleIds: ids });
      navigate({ view: 'story', id: story.id });
    } catch (e) {
      showError(e, 'Could not create the story');
    }
  };
  const trash = async () => {
    try {
      const { count } = await api.trashArticles({ ids: [...selected] });
      setSelected(new Set());
      notify('info', `${count} article${count === 1 ? '' : 's'} moved to the trash`);
    } catch (e) {
      showError(e, 'Could not move to the trash');
    }
  };

  return (
    <section className="view">
      <header className="view-header">
        <h1>Library</h1>
        <span className="muted">{data ? `${data.length} articles` : 'Loading…'}</span>
        <input className="filter" type="search" placeholder="Filter by title or outlet" aria-label="Filter articles" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </header>
      {selected.size > 0 && (
        <div className="selection-bar" role="toolbar" aria-label="Selection">
          <span>{selected.size} selected</span>
          <button className="primary" onClick={() => void makeStory()}>New story from selection</button>
          <button onClick={() => void trash()}>Move to trash</button>
          <button onClick={() => setSelected(new Set())}>Clear</button>
        </div>
      )}
      <table className="table" data-testid="library-table">
        <thead>
          <tr>
            <th className="check-col"><span className="sr-only">Select</span></th>
            {header('title', 'Title')}
            {header('outlet', 'Outlet')}
            {header('published', 'Date')}
            {header('wordCount', 'Words')}
            <th>Lang</th>
            <th>Stories</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id} className={selected.has(a.id) ? 'selected' : ''}>
              <td className="check-col"><input type="checkbox" aria-label={`Select ${a.title}`} checked={selected.has(a.id)} onChange={() => toggle(a.id)} /></td>
              <td><a href={hrefOf({ view: 'article', id: a.id })}>{a.title}</a>{a.versionOf && <span className="tag" title="A newer version of an earlier article">updated</span>}</td>
              <td>{a.outlet}</td>
              <td className="nowrap">{formatDate(a.published)}</td>
              <td className="num">{a.wordCount.toLocaleString()}</td>
              <td>{a.language}</td>
              <td className="num">{a.storyIds.length || ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
