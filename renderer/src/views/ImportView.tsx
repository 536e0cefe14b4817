import { useEffect, useRef, useState } from 'react';
import type { JobProgress } from '../../../shared/api/events';
import type { ImportReport, ImportSource } from '../../../shared/model/import';
import { useApi, useClient, useEvents } from '../app/api-context';
import { useNotices } from '../app/notices';
import { hrefOf } from '../app/router';
import { sourcesFromFiles } from './import-sources';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Import: drop anywhere, pick files or a folder, or paste text; per-file results and progress with cancel. */
export function ImportView() {
  const api = useApi();
  const { transport } = useClient();
  const { showError } = useNotices();
  const [jobId, setJobId] = useState<string | undefined>();
  const [progress, setProgress] = useState<JobProgress | undefined>();
  const [report, setReport] = useState<ImportReport | undefined>();
  const [failedOnly, setFailedOnly] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState('');
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  useEvents((e) => {
    if (e.type === 'job-progress' && e.jobId === jobId) setProgress(e);
  });

  const run = async (sources: ImportSource[]) => {
    if (sources.length === 0 || jobId) return;
    const id = `import-${Date.now().toString(36)}`;
    setJobId(id);
    setReport(undefined);
    setProgress(undefined);
    try {
      setReport(await api.importFiles({ jobId: id, sources }));
    } catch (e) {
      showError(e, 'Import failed');
    } finally {
      setJobId(undefined);
    }
  };
  const runFiles = async (files: File[]) => run(await sourcesFromFiles(files, transport));

  // Drop zone anywhere in the window while this view is open.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length) void runFiles(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  });

  const results = (report?.results ?? []).filter((r) => !failedOnly || r.status === 'failed');
  const pct = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;

  return (
    <section className={`view import-view${dragging ? ' dragging' : ''}`}>
      <header className="view-header"><h1>Import</h1></header>
      <div className="drop-zone" data-testid="drop-zone">
        <p className="drop-title">Drop saved articles anywhere in this window</p>
        <p className="muted">Web pages (.html, .htm, .mhtml), PDF, Word (.docx), text and Markdown, JSON/NDJSON records, Nexis (.docx, .rtf) and Factiva (.html, .xml) exports. Whole folders too.</p>
        <div className="button-row">
          <button className="primary" onClick={() => filesInput.current?.click()} disabled={Boolean(jobId)}>Choose files…</button>
          <button onClick={() => folderInput.current?.click()} disabled={Boolean(jobId)}>Choose a folder…</button>
        </div>
        <input ref={filesInput} type="file" multiple hidden data-testid="file-input" onChange={(e) => void runFiles([...(e.target.files ?? [])]).finally(() => (e.target.value = ''))} />
        <input ref={folderInput} type="file" hidden {...{ webkitdirectory: '' }} onChange={(e) => void runFiles([...(e.target.files ?? [])]).finally(() => (e.target.value = ''))} />
      </div>
      <details className="paste">
        <summary>Paste text instead</summary>
        <textarea aria-label="Article text" rows={8} value={pasted} onChange={(e) => setPasted(e.target.value)} placeholder={'Title: …\nSource: …\nURL: …\n\nThe article text…'} />
        <button disabled={!pasted.trim() || Boolean(jobId)} onClick={() => void run([{ kind: 'text', text: pasted }]).then(() => setPasted(''))}>Import pasted text</button>
      </details>
      {jobId && (
        <div className="progress" role="group" aria-label="Import progress">
          <progress max={100} value={pct} aria-label={`${pct}%`} />
          <span>{progress ? `${progress.done} of ${progress.total}` : 'Starting…'}{progress?.current ? ` · ${progress.current.split(/[\\/]/).pop()}` : ''}{progress?.rate ? ` · ${progress.rate}/s` : ''}{progress?.etaMs ? ` · ${Math.ceil(progress.etaMs / 1000)} s left` : ''}</span>
          <button onClick={() => void api.cancelJob({ jobId })}>Cancel</button>
        </div>
      )}
      {report && (
        <div className="import-report" data-testid="import-report">
          <p className="summary">
            {plural(report.summary.files, 'file')}: <strong>{plural(report.summary.articles, 'article')} imported</strong>, {plural(report.summary.duplicates, 'duplicate')}, {report.summary.failed} failed
            {report.summary.cancelled ? `, ${report.summary.cancelled} cancelled` : ''}
          </p>
          <label className="toggle"><input type="checkbox" checked={failedOnly} onChange={(e) => setFailedOnly(e.target.checked)} /> Failed only</label>
          <ul className="results-list">
            {results.map((r, i) => (
              <li key={i} className={`result-line status-${r.status}`} data-testid="import-result">
                <span className="status-badge">{r.status === 'imported' ? '✓' : r.status === 'failed' ? '✗' : r.status === 'duplicate' ? '=' : '–'} {r.status}</span>
                <span className="file">{r.file.split(/[\\/]/).pop()}</span>
                <span className="message">{r.message}</span>
                {r.articles.slice(0, 3).map((a) => <a key={a.id} href={hrefOf({ view: 'article', id: a.id })}>{a.title}</a>)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
