import { useState } from 'react';
import type { ArticleRecord } from '../../../shared/model/article';
import { useApi } from '../app/api-context';
import { useNotices } from '../app/notices';

/** Edit an article's details; saved fields are remembered as edited and survive re-extraction. */
export function MetadataEditor({ article, onDone }: { article: ArticleRecord; onDone: () => void }) {
  const api = useApi();
  const { showError, notify } = useNotices();
  const [form, setForm] = useState({
    title: article.title,
    outlet: article.outlet,
    authors: article.authors.join(', '),
    published: article.published?.slice(0, 10) ?? '',
    url: article.url ?? '',
    language: article.language,
  });
  const field = (key: keyof typeof form, label: string, type = 'text') => (
    <label className="field">
      <span>{label}</span>
      <input type={type} value={form[key]} onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))} />
    </label>
  );
  const save = async () => {
    try {
      await api.updateArticle({
        id: article.id,
        patch: { ...form, authors: form.authors.split(',').map((a) => a.trim()).filter(Boolean) },
      });
      notify('info', 'Details saved');
      onDone();
    } catch (e) {
      showError(e, 'Could not save the details');
    }
  };
  return (
    <form className="metadata-editor" onSubmit={(e) => (e.preventDefault(), void save())}>
      {field('title', 'Headline')}
      {field('outlet', 'Outlet')}
      {field('authors', 'Authors (comma-separated)')}
      {field('published', 'Published', 'date')}
      {field('url', 'Address (URL)', 'url')}
      {field('language', 'Language (ISO code)')}
      <div className="button-row">
        <button className="primary" type="submit">Save</button>
        <button type="button" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
