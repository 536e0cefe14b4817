import { useState } from 'react';
import type { StorySuggestionView } from '../../../shared/api/contract-types';
import { useApi, useLive } from '../app/api-context';
import { useNotices } from '../app/notices';
import { hrefOf, navigate } from '../app/router';
import { formatDate } from '../components/EmptyState';

/** Proposed stories for articles that are in none. The user accepts (after editing), or dismisses; nothing is grouped silently. */
export function StorySuggestions() {
  const { data } = useLive((a) => a.suggestStories({}), [], ['articles', 'stories']);
  if (!data || data.length === 0) return null;
  return (
    <section className="suggestions" aria-label="Suggested stories">
      <h2>Suggested stories</h2>
      <p className="muted">Articles that seem to report the same event. Untick any that do not belong, then accept — or dismiss the suggestion.</p>
      <ul className="cards">
        {data.map((s) => (
          <SuggestionCard key={s.key} suggestion={s} />
        ))}
      </ul>
    </section>
  );
}

function SuggestionCard({ suggestion: s }: { suggestion: StorySuggestionView }) {
  const api = useApi();
  const { showError, notify } = useNotices();
  const [picked, setPicked] = useState(() => new Set(s.articles.map((a) => a.id)));
  const [title, setTitle] = useState(s.target.title);
  const ids = s.articles.map((a) => a.id).filter((id) => picked.has(id));
  const accept = async () => {
    try {
      if (s.target.kind === 'existing') {
        await api.setStoryArticles({ id: s.target.storyId, add: ids });
        notify('info', `Added ${ids.length} article${ids.length === 1 ? '' : 's'} to “${s.target.title}”`);
      } else {
        const story = await api.createStory({ title: title.trim() || s.target.title, articleIds: ids });
        navigate({ view: 'story', id: story.id });
      }
    } catch (e) {
      showError(e, 'Could not accept the suggestion');
    }
  };
  const dismiss = () => api.dismissSuggestion({ key: s.key }).catch((e) => showError(e, 'Could not dismiss the suggestion'));
  const minimum = s.target.kind === 'existing' ? 1 : 2;
  return (
    <li className="card suggestion" data-testid="suggestion">
      {s.target.kind === 'existing' ? (
        <div>
          Add to <a href={hrefOf({ view: 'story', id: s.target.storyId })}>{s.target.title}</a>
        </div>
      ) : (
        <label className="field">
          <span>New story</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} aria-label="Title of the suggested story" />
        </label>
      )}
      <ul className="suggestion-articles">
        {s.articles.map((a) => (
          <li key={a.id}>
            <label>
              <input
                type="checkbox"
                checked={picked.has(a.id)}
                onChange={() => setPicked((p) => {
                  const next = new Set(p);
                  if (next.has(a.id)) next.delete(a.id);
                  else next.add(a.id);
                  return next;
                })}
              />{' '}
              <strong>{a.outlet}</strong> · {a.title} <span className="muted">{formatDate(a.published)}</span>
            </label>
          </li>
        ))}
      </ul>
      {s.evidence.entities.length + s.evidence.terms.length > 0 && (
        <div className="muted evidence">Shared: {[...s.evidence.entities, ...s.evidence.numbers, ...s.evidence.terms].slice(0, 8).join(' · ')}</div>
      )}
      <div className="button-row">
        <button className="primary" disabled={ids.length < minimum} onClick={() => void accept()}>
          {s.target.kind === 'existing' ? 'Add to story' : 'Create story'}
        </button>
        <button onClick={() => void dismiss()}>Dismiss</button>
      </div>
    </li>
  );
}
