import { useEffect, useState } from 'react';
import type { ArticleOriginalView } from '../../../shared/api/contract-types';
import type { ArticleRecord } from '../../../shared/model/article';
import { useApi, useLive } from '../app/api-context';
import { useNotices } from '../app/notices';
import { ErrorBox, formatDate } from '../components/EmptyState';
import { SafeHtml } from '../components/SafeHtml';
import { MetadataEditor } from './MetadataEditor';

type Tab = 'text' | 'removed' | 'original';

/** The reader: clean text, editable metadata, removed furniture on request, and the original shown safely. */
export function ArticleView({ id, at }: { id: string; at?: number }) {
  const api = useApi();
  const { showError } = useNotices();
  const { data: article, error, reload } = useLive((a) => a.getArticle({ id }), [id], ['articles']);
  const [tab, setTab] = useState<Tab>('text');
  const [original, setOriginal] = useState<ArticleOriginalView | undefined>();
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    if (tab !== 'original' || original) return;
    api.getOriginal({ id }).then(setOriginal, (e) => showError(e, 'Could not open the original'));
  }, [api, id, tab, original, showError]);
  useEffect(() => {
    if (at !== undefined && article) document.querySelector('[data-hit="true"]')?.scrollIntoView({ block: 'center' });
  }, [at, article]);

  if (error) return <ErrorBox error={error} onRetry={reload} />;
  if (!article) return <p className="muted">Loading…</p>;

  return (
    <article className="view reader">
      <header className="reader-header">
        <div className="muted">{article.outlet} · {formatDate(article.published)}{article.authors.length ? ` · ${article.authors.join(', ')}` : ''} · {article.language} · {article.wordCount} words</div>
        <h1>{article.title}</h1>
        {article.lede && <p className="lede">{article.lede}</p>}
        <div className="button-row">
          <button onClick={() => setEditing((e) => !e)} aria-expanded={editing}>Edit details</button>
          {article.url && <a className="button" href={article.url} target="_blank" rel="noreferrer noopener">Open the web page ↗</a>}
        </div>
        {editing && <MetadataEditor article={article} onDone={() => setEditing(false)} />}
      </header>
      <div className="tabs" role="tablist">
        {(['text', 'removed', 'original'] as Tab[]).map((t) => (
          <button key={t} role="tab" aria-selected={tab === t} className={tab === t ? 'active' : ''} onClick={() => setTab(t)}>
            {t === 'text' ? 'Clean text' : t === 'removed' ? `Removed furniture (${article.removed.length})` : 'Original'}
          </button>
        ))}
      </div>
      {tab === 'text' && <CleanText article={article} at={at} />}
      {tab === 'removed' && (
        <ul className="removed-list">
          {article.removed.length === 0 && <li className="muted">Nothing was removed from this article.</li>}
          {article.removed.map((r, i) => <li key={i}><span className="tag">{r.reason}</span> {r.text}</li>)}
        </ul>
      )}
      {tab === 'original' && (original ? <OriginalPane view={original} /> : <p className="muted">Loading the original…</p>)}
    </article>
  );
}

function CleanText({ article, at }: { article: ArticleRecord; at?: number }) {
  let offset = 0;
  return (
    <div className="clean-text">
      {article.text.split('\n\n').map((p, i) => {
        const start = offset;
        offset += p.length + 2;
        const hit = at !== undefined && at >= start && at < offset;
        return <p key={i} data-hit={hit ? 'true' : undefined} className={hit ? 'hit' : undefined}>{p}</p>;
      })}
    </div>
  );
}

function OriginalPane({ view }: { view: ArticleOriginalView }) {
  return (
    <div className="original">
      <p className="muted">{view.fileName} · {view.mediaType} · {(view.size / 1024).toFixed(0)} KB · shown without scripts, styles or anything from the network</p>
      {view.unsafeHtml !== undefined ? <SafeHtml html={view.unsafeHtml} /> : view.text !== undefined ? <pre className="original-text">{view.text}</pre> : <p>This kind of file cannot be shown here; its text is under “Clean text”.</p>}
    </div>
  );
}
