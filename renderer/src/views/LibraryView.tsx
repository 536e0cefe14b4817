import { useMemo, useState } from 'react';
import type { ArticleSummary } from '../../../shared/model/article';
import { useApi, useLive } from '../app/api-context';
import { useNotices } from '../app/notices';
import { useSelection } from '../app/use-selection';
import { hrefOf, navigate } from '../app/router';
import { EmptyState, ErrorBox, formatDate } from '../components/EmptyState';
import { EMPTY_FILTERS, LibraryFilters, type LibraryFilterState } from './LibraryFilters';
import { OutletsPanel } from './OutletsPanel';
import { SampleStoryOffer } from './SampleStoryOffer';

type SortKey = 'published' | 'title' | 'outlet' | 'wordCount' | 'language';

/** Every saved article: sortable, filterable, multi-select; make a story from a selection, trash and restore. */
export function LibraryView() {
  const api = useApi();
  const { showError, notify } = useNotices();
  const [filters, setFilters] = useState<LibraryFilterState>(EMPTY_FILTERS);
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'published', desc: true });
  const { selected, setSelected, toggle } = useSelection();
  const query = {
    trashed: filters.trashed,
    filters: {
      ...(filters.outlets.length ? { outlets: filters.outlets } : {}),
      ...(filters.from ? { from: filters.from } : {}),
      ...(filters.to ? { to: filters.to } : {}),
      ...(filters.story === 'none' ? { notInStory: true } : filters.story ? { storyId: filters.story } : {}),
      ...(filters.text.trim() ? { text: filters.text.trim() } : {}),
    },
  };
  const { data, error, loading, reload } = useLive((a) => a.listArticles(query), [JSON.stringify(query)], ['articles', 'stories']);
  const outlets = useLive((a) => a.listOutlets({}), [], ['articles']);
  const stories = useLive((a) => a.listStories({}), [], ['stories']);
  const total = useLive((a) => a.getAppInfo({}), [], ['articles']);

  const rows = useMemo(() => {
    const dir = sort.desc ? -1 : 1;
    const val = (a: ArticleSummary) => (sort.key === 'published' ? a.published ?? '' : sort.key === 'wordCount' ? a.wordCount : a[sort.key].toLowerCase());
    return [...(data ?? [])].sort((a, b) => (val(a) < val(b) ? -dir : val(a) > val(b) ? dir : 0));
  }, [data, sort]);

  if (error) return <ErrorBox error={error} onRetry={reload} />;
  if (!loading && total.data?.articleCount === 0 && !filters.trashed) {
    return (
      <EmptyState title="Your library is empty" action={<a className="button primary" href={hrefOf({ view: 'import' })}>Import articles</a>}>
        <p>Parallax compares how different outlets report the same event. Start by importing saved articles: web pages (.html, .mhtml), PDFs, Word files, text, or Nexis and Factiva exports.</p>
        <p>Then group reports of one event into a story and open its comparison.</p>
        <SampleStoryOffer />
      </EmptyState>
    );
  }

  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const header = (key: SortKey, label: string) => (
    <th aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <button className="th-button" onClick={() => setSort((s) => ({ key, desc: s.key === key ? !s.desc : key === 'published' }))}>
        {label} {sort.key === key ? (sort.desc ? '▼' : '▲') : ''}
      </button>
    </th>
  );
  const act = async (label: string, run: () => Promise<string | void>) => {
    try {
      const message = await run();
      setSelected(new Set());
      if (message) notify('info', message);
    } catch (e) {
      showError(e, label);
    }
  };
  const ids = [...selected];
  const plural = (n: number) => `${n} article${n === 1 ? '' : 's'}`;

  return (
    <section className="view">
      <header className="view-header">
        <h1>{filters.trashed ? 'Trash' : 'Library'}</h1>
        <span className="muted" data-testid="article-count">{data ? plural(data.length) : 'Loading…'}</span>
      </header>
      <LibraryFilters value={filters} onChange={(f) => (setFilters(f), setSelected(new Set()))} outlets={outlets.data ?? []} stories={stories.data ?? []} />
      {!filters.trashed && <OutletsPanel outlets={outlets.data ?? []} />}
      {selected.size > 0 && (
        <div className="selection-bar" role="toolbar" aria-label="Selection">
          <span>{selected.size} selected</span>
          {filters.trashed ? (
            <button className="primary" onClick={() => void act('Could not restore', async () => `${plural((await api.restoreArticles({ ids })).count)} restored`)}>Restore</button>
          ) : (
            <>
              <button
                className="primary"
                onClick={() =>
                  void act('Could not create the story', async () => {
                    const first = rows.find((a) => a.id === ids[0]);
                    const story = await api.createStory({ title: first ? first.title.slice(0, 80) : 'New story', articleIds: ids });
                    navigate({ view: 'story', id: story.id });
                  })
                }
              >
                New story from selection
              </button>
              <AddToStory ids={ids} stories={stories.data ?? []} onDone={() => setSelected(new Set())} />
              <button
                title="Run the current extractor again over the kept original files (after an upgrade); details you edited are kept"
                onClick={() =>
                  void act('Could not re-extract', async () => {
                    const r = await api.reextractArticles({ jobId: `reextract-${Date.now().toString(36)}`, ids });
                    return `${plural(r.summary.articles)} re-extracted${r.summary.failed ? `, ${r.summary.failed} could not be (${r.results.find((x) => x.status === 'failed')?.message})` : ''}`;
                  })
                }
              >
                Re-extract
              </button>
              <button onClick={() => void act('Could not move to the trash', async () => `${plural((await api.trashArticles({ ids })).count)} moved to the trash`)}>Move to trash</button>
            </>
          )}
          <button onClick={() => setSelected(new Set())}>Clear</button>
        </div>
      )}
      {filters.trashed && (data ?? []).length > 0 && (
        <div className="button-row">
          <button
            className="danger"
            onClick={() =>
              window.confirm('Delete every article in the trash for good? Their original files stay in the library folder.') &&
              void act('Could not empty the trash', async () => `${plural((await api.emptyTrash({})).count)} deleted`)
            }
          >
            Empty trash
          </button>
        </div>
      )}
      {data && data.length === 0 ? (
        <p className="no-results">{filters.trashed ? 'The trash is empty.' : 'No article matches these filters.'}</p>
      ) : (
        <table className="table" data-testid="library-table">
          <thead>
            <tr>
              <th className="check-col">
                <input type="checkbox" aria-label="Select all" checked={allSelected} onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id)))} />
              </th>
              {header('title', 'Title')}
              {header('outlet', 'Outlet')}
              {header('published', 'Date')}
              {header('wordCount', 'Words')}
              {header('language', 'Lang')}
              <th>Stories</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id} className={selected.has(a.id) ? 'selected' : ''}>
                <td className="check-col">
                  <input type="checkbox" aria-label={`Select ${a.title}`} checked={selected.has(a.id)} onChange={() => toggle(a.id)} />
                </td>
                <td>
                  <a href={hrefOf({ view: 'article', id: a.id })}>{a.title}</a>
                  {a.versionOf && <span className="tag" title="A newer version of an earlier article">updated</span>}
                </td>
                <td>{a.outlet}</td>
                <td className="nowrap">{formatDate(a.published)}</td>
                <td className="num">{a.wordCount.toLocaleString()}</td>
                <td>{a.language}</td>
                <td className="num">{a.storyIds.length || ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function AddToStory({ ids, stories, onDone }: { ids: string[]; stories: { id: string; title: string }[]; onDone: () => void }) {
  const api = useApi();
  const { showError, notify } = useNotices();
  if (stories.length === 0) return null;
  return (
    <select
      aria-label="Add to story"
      value=""
      onChange={(e) => {
        const id = e.target.value;
        if (!id) return;
        api.setStoryArticles({ id, add: ids }).then(
          (s) => (notify('info', `Added to “${s.title}”`), onDone()),
          (err) => showError(err, 'Could not add to the story'),
        );
      }}
    >
      <option value="">Add to story…</option>
      {stories.map((s) => (
        <option key={s.id} value={s.id}>
          {s.title}
        </option>
      ))}
    </select>
  );
}
