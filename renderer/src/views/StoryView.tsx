import { useApi, useLive } from '../app/api-context';
import { useNotices } from '../app/notices';
import { hrefOf, navigate } from '../app/router';
import { EmptyState, ErrorBox, formatDate } from '../components/EmptyState';
import { SampleStoryBanner } from './compare/SampleStory';

/** One story: its articles. The side-by-side comparison opens from here. */
export function StoryView({ id }: { id: string }) {
  const api = useApi();
  const { showError } = useNotices();
  const story = useLive((a) => a.getStory({ id }), [id], ['stories']);
  const articles = useLive((a) => a.listArticles({ filters: { storyId: id } }), [id], ['articles', 'stories']);

  if (story.error) return <ErrorBox error={story.error} />;
  if (!story.data) return <p className="muted">Loading…</p>;
  const remove = (articleId: string) => api.setStoryArticles({ id, remove: [articleId] }).catch((e) => showError(e, 'Could not remove the article'));
  const del = async () => {
    if (!window.confirm(`Delete the story “${story.data!.title}”? Its articles stay in the library.`)) return;
    await api.deleteStory({ id }).then(() => navigate({ view: 'stories' }), (e) => showError(e, 'Could not delete the story'));
  };

  return (
    <section className="view">
      <header className="view-header">
        <h1>{story.data.title}</h1>
        <span className="muted">{story.data.articleIds.length} articles</span>
        {story.data.articleIds.length >= 2 && (
          <a className="button primary" href={hrefOf({ view: 'compare', id })}>
            Open comparison
          </a>
        )}
        <button className="danger" onClick={() => void del()}>Delete story</button>
      </header>
      {story.data.description && <p>{story.data.description}</p>}
      {story.data.sample && <SampleStoryBanner />}
      {articles.data && articles.data.length === 0 ? (
        <EmptyState title="This story has no articles yet">
          <p>Add reports of this event from the <a href={hrefOf({ view: 'library' })}>Library</a> (select them, then “New story from selection”) or from search results.</p>
        </EmptyState>
      ) : (
        <table className="table">
          <thead><tr><th>Outlet</th><th>Headline</th><th>Date</th><th><span className="sr-only">Actions</span></th></tr></thead>
          <tbody>
            {(articles.data ?? []).map((a) => (
              <tr key={a.id}>
                <td>{a.outlet}</td>
                <td><a href={hrefOf({ view: 'article', id: a.id })}>{a.title}</a></td>
                <td className="nowrap">{formatDate(a.published)}</td>
                <td><button className="link-button" onClick={() => void remove(a.id)}>Remove</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
