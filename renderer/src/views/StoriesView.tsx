import { useState } from 'react';
import { useApi, useLive } from '../app/api-context';
import { useNotices } from '../app/notices';
import { hrefOf, navigate } from '../app/router';
import { EmptyState, ErrorBox, formatDate } from '../components/EmptyState';
import { StorySuggestions } from './StorySuggestions';

/** Stories: sets of articles about one event, each opening a comparison. */
export function StoriesView() {
  const api = useApi();
  const { showError } = useNotices();
  const [title, setTitle] = useState('');
  const { data, error, reload } = useLive((a) => a.listStories({}), [], ['stories', 'articles']);

  const create = async () => {
    if (!title.trim()) return;
    try {
      const s = await api.createStory({ title });
      setTitle('');
      navigate({ view: 'story', id: s.id });
    } catch (e) {
      showError(e, 'Could not create the story');
    }
  };

  if (error) return <ErrorBox error={error} onRetry={reload} />;
  return (
    <section className="view">
      <header className="view-header">
        <h1>Stories</h1>
        <form className="inline-form" onSubmit={(e) => (e.preventDefault(), void create())}>
          <input aria-label="New story title" placeholder="New story title" value={title} onChange={(e) => setTitle(e.target.value)} />
          <button className="primary" type="submit" disabled={!title.trim()}>Create story</button>
        </form>
      </header>
      <StorySuggestions />
      {data && data.length === 0 ? (
        <EmptyState title="No stories yet">
          <p>A story is one event as reported by several outlets. Create one here, or select articles in the <a href={hrefOf({ view: 'library' })}>Library</a> and choose “New story from selection”.</p>
        </EmptyState>
      ) : (
        <ul className="cards">
          {(data ?? []).map((s) => (
            <li key={s.id} className="card">
              <a href={hrefOf({ view: 'story', id: s.id })} className="card-title">{s.title}</a>
              <div className="muted">{s.articleCount} articles · {s.outlets.join(', ') || 'no outlets yet'} · updated {formatDate(s.updatedAt)}</div>
              {s.description && <p>{s.description}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
