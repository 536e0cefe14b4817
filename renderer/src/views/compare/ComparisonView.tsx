import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { alignedRows, exportComparison, indexComparison, noteForRow, type AlignedRow, type ExportFormat, type RowCell } from '../../../../shared/export/index';
import { useClient, useEvents } from '../../app/api-context';
import { hrefOf, navigate } from '../../app/router';
import { useNotices } from '../../app/notices';
import { ErrorBox } from '../../components/EmptyState';
import '../../styles/compare.css';
import { AlignedRows } from './AlignedRows';
import { ColumnHeaders } from './ColumnHeaders';
import { useColumns } from './columns';
import { addLink, addUnlink, rowAnchor, sentenceRef, upsertNote } from './corrections';
import { CorrectionsPanel } from './CorrectionsPanel';
import { CoverageSummary } from './CoverageSummary';
import { downloadText } from './download';
import { FactsPanel } from './FactsPanel';
import { isDifference, rowMatches, type RowFilter } from './filters';
import { CompareHeader, CompareTabs, type CompareTab } from './CompareHeader';
import { ReadingOrder } from './ReadingOrder';
import { savePdf } from './save-pdf';
import { Toolbar } from './Toolbar';
import { useColumnLayout } from './useColumnLayout';
import { useCompareKeys } from './useCompareKeys';
import { useComparison } from './useComparison';
import { useRememberedFlag } from './useRememberedFlag';
import { useStoryEdits } from './useStoryEdits';
import { useVirtualRows } from './useVirtualRows';
import { WordChoicePanel } from './WordChoicePanel';

/** Above this many cells the rows are virtualised (only those near the viewport are in the DOM). */
const VIRTUALIZE_ABOVE_CELLS = 400;

/** A story's articles side by side, aligned by claim: what each outlet carries, changes or leaves out. */
export function ComparisonView({ id }: { id: string }) {
  const { showError, notify } = useNotices();
  const { transport } = useClient();
  const cmp = useComparison(id);
  const edits = useStoryEdits(id, cmp.recompute);
  // One subscription for the whole view: in browser mode each one holds an HTTP connection open.
  useEvents((e) => {
    cmp.onEvent(e);
    edits.onEvent(e);
  });
  const { comparison } = cmp;
  // Articles added to or removed from the story (here or in another window): compare again.
  const articleKey = edits.story?.articleIds.join(',');
  const seenArticles = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (articleKey === undefined) return;
    if (seenArticles.current !== undefined && seenArticles.current !== articleKey) cmp.recompute();
    seenArticles.current = articleKey;
  }, [articleKey, cmp.recompute]);
  const ix = useMemo(() => (comparison ? indexComparison(comparison) : undefined), [comparison]);
  const articleIds = useMemo(() => comparison?.articles.map((a) => a.id) ?? [], [comparison]);
  const columns = useColumns(id, articleIds);
  const visible = columns.visible;

  const [tab, setTab] = useState<CompareTab>('aligned');
  const [filter, setFilter] = useState<RowFilter>({ kind: 'all', articleId: '' });
  const [includeTrivial, setIncludeTrivial] = useState(false);
  const [greyWire, setGreyWire] = useState(false);
  const [find, setFind] = useState('');
  const [findAt, setFindAt] = useState(-1);
  const [activeKey, setActiveKey] = useState<string>();
  const [flash, setFlash] = useState<{ key: string; articleId?: string }>();
  const [linkFrom, setLinkFrom] = useState<RowCell>();
  const [editingNote, setEditingNote] = useState<string>();
  const [printing, setPrinting] = useState(false);
  const [pendingScroll, setPendingScroll] = useState<string>();
  const [summaryOpen, setSummaryOpen] = useRememberedFlag('parallax.compare.summaryOpen', true);

  const scrollerRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const findRef = useRef<HTMLInputElement>(null);
  const [narrow, setNarrow] = useRememberedFlag('parallax.compare.narrow', false);
  const layout = useColumnLayout(visible, columns.state.pinned, narrow);

  const allRows = useMemo(() => (ix ? alignedRows(ix, { includeTrivial }) : []), [ix, includeTrivial]);
  const rows = useMemo(() => allRows.filter((r) => rowMatches(r, filter, visible)), [allRows, filter, visible]);
  const keys = useMemo(() => rows.map((r) => r.key), [rows]);
  const virtual = useVirtualRows({
    keys,
    scroller: scrollerRef,
    body: bodyRef,
    enabled: !printing && tab === 'aligned' && rows.length * visible.length > VIRTUALIZE_ABOVE_CELLS,
    stickyTop: 96,
  });

  const findMatches = useMemo(() => {
    const q = find.trim().toLowerCase();
    if (!q) return [];
    return rows.filter((r) => visible.some((v) => r.cells.get(v)?.text.toLowerCase().includes(q))).map((r) => r.key);
  }, [rows, visible, find]);

  // Scroll once the target row is in `rows` (after a filter reset, a tab switch).
  useEffect(() => {
    if (!pendingScroll) return;
    const index = keys.indexOf(pendingScroll);
    if (index < 0) return;
    setPendingScroll(undefined);
    virtual.scrollToIndex(index);
    // Move keyboard focus to the row, unless the user has meanwhile put it elsewhere (the find box).
    const focusBefore = document.activeElement;
    const target = pendingScroll;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        // A later jump (a quick second Alt+Up) wins; and focus the user moved elsewhere stays there.
        if (lastJump.current !== target) return;
        if (document.activeElement !== focusBefore && document.activeElement !== document.body) return;
        scrollerRef.current?.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(pendingScroll)}"] .row-number`)?.focus({ preventScroll: true });
      }),
    );
  }, [pendingScroll, keys, virtual]);

  useEffect(() => {
    if (!flash) return;
    const t = setTimeout(() => setFlash(undefined), 1800);
    return () => clearTimeout(t);
  }, [flash]);

  // Printing (the PDF route in browser mode): render every row, not just the visible ones, before
  // the browser lays out the pages; Ctrl+P works as well as the Export menu's "Print".
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const lastJump = useRef<string | undefined>(undefined);
  const goToRow = useCallback((key: string, articleId?: string) => {
    lastJump.current = key;
    setTab('aligned');
    setActiveKey(key);
    setFlash({ key, ...(articleId ? { articleId } : {}) });
    setPendingScroll(key);
  }, []);

  /** From a fact, a note or a first appearance to its sentence in the side-by-side rows. */
  const jumpToSentence = useCallback(
    (sentenceId: string, articleId: string) => {
      if (!ix) return;
      const key = ix.claimOfSentence.get(sentenceId) ?? sentenceId;
      if (!allRows.some((r) => r.key === key)) {
        // A headline is not a row: show the columns' heads.
        setTab('aligned');
        scrollerRef.current?.scrollTo({ top: 0 });
        return;
      }
      if (columns.state.hidden.includes(articleId)) columns.update((s) => ({ ...s, hidden: s.hidden.filter((h) => h !== articleId) }));
      const row = allRows.find((r) => r.key === key)!;
      if (!rowMatches(row, filter, visible)) setFilter({ kind: 'all', articleId: '' });
      goToRow(key, articleId);
    },
    [ix, allRows, columns, filter, visible, goToRow],
  );

  const stepDifference = useCallback(
    (delta: 1 | -1) => {
      if (tab !== 'aligned' || rows.length === 0) return;
      const from = activeKey ? keys.indexOf(activeKey) : delta === 1 ? -1 : rows.length;
      for (let i = from + delta; i >= 0 && i < rows.length; i += delta) {
        if (isDifference(rows[i]!, visible)) return goToRow(rows[i]!.key);
      }
    },
    [tab, rows, keys, activeKey, visible, goToRow],
  );

  const stepFind = (delta: 1 | -1) => {
    if (findMatches.length === 0) return;
    const next = (findAt + delta + findMatches.length) % findMatches.length;
    setFindAt(next);
    if (tab === 'aligned') goToRow(findMatches[next]!);
  };
  useEffect(() => setFindAt(-1), [find]);

  useCompareKeys({
    onFind: () => findRef.current?.focus(),
    onDifference: stepDifference,
    onEscape: () => setLinkFrom(undefined),
  });

  if (cmp.error && !comparison) return <ErrorBox error={cmp.error} onRetry={cmp.recompute} />;
  if (edits.storyError) return <ErrorBox error={edits.storyError} />;
  if (!comparison || !ix) {
    return (
      <section className="view compare-loading" aria-busy="true">
        <h1>{edits.story?.title ?? 'Comparison'}</h1>
        <p>Comparing {edits.story ? `${edits.story.articleIds.length} articles` : 'the articles'}…</p>
        <progress max={cmp.progress?.total || 1} value={cmp.progress?.done ?? 0} aria-label="Comparison progress" />
      </section>
    );
  }

  const story = edits.story;
  const notes = story?.notes ?? [];
  const cellActions = {
    startLink: (cell: RowCell) => setLinkFrom(cell),
    completeLink: (cell: RowCell) => {
      const a = linkFrom && sentenceRef(ix, linkFrom.sentenceIds[0]!);
      const b = sentenceRef(ix, cell.sentenceIds[0]!);
      setLinkFrom(undefined);
      if (a && b) void edits.setCorrections((list) => addLink(list, a, b, new Date().toISOString()), `Linked ${ix.label(a.articleId)} and ${ix.label(b.articleId)}.`);
    },
    unlink: (row: AlignedRow, cell: RowCell) => {
      const others = [...row.cells.values()].filter((c) => c.articleId !== cell.articleId);
      void edits.setCorrections((list) => addUnlink(list, ix, cell, others, new Date().toISOString()), `Took ${ix.label(cell.articleId)} out of row ${row.index + 1}.`);
    },
    openArticle: (cell: RowCell) => navigate({ view: 'article', id: cell.articleId, at: cell.start }),
  };
  const saveNote = (row: AlignedRow, text: string) => {
    const anchor = noteForRow(row, notes)?.anchor ?? rowAnchor(ix, comparison.articles.map((a) => row.cells.get(a.id)).filter((c): c is RowCell => !!c));
    setEditingNote(undefined);
    if (anchor) void edits.setNotes((list) => upsertNote(list, anchor, text, new Date().toISOString()));
  };
  const doExport = (format: ExportFormat | 'print') => {
    if (format === 'print') {
      flushSync(() => setTab('aligned'));
      if (!transport.printToPdf) return window.print();
      void savePdf(transport.printToPdf, story?.title ?? 'Comparison', setPrinting).then(
        (r) => {
          if (r.saved) notify('info', `Saved the PDF to ${r.path}`);
          else if (r.error) showError(new Error(r.error), 'Could not save the comparison as PDF');
        },
        (e: unknown) => showError(e, 'Could not save the comparison as PDF'),
      );
      return;
    }
    try {
      const file = exportComparison(format, comparison, { title: story?.title, description: story?.description, notes, generatedAt: new Date().toISOString() }, ix);
      downloadText(file.fileName, file.mediaType, file.content);
    } catch (e) {
      showError(e, `Could not export the comparison as ${format}`);
    }
  };

  return (
    <section className={`compare-view${printing ? ' printing' : ''}${narrow ? ' narrow' : ''}`} aria-busy={cmp.busy}>
      <CompareHeader ix={ix} story={story} busy={cmp.busy} tookMs={cmp.tookMs} rows={allRows.length} storyHref={hrefOf({ view: 'story', id })} />
      <CompareTabs tab={tab} setTab={setTab} counts={{ facts: ix.comparison.facts.entities.length + ix.comparison.facts.numbers.length + ix.comparison.facts.quotes.length, words: ix.comparison.wordChoice.contrasts.length, corrections: (story?.corrections.length ?? 0) + notes.length }} />
      <Toolbar
        ix={ix}
        columns={columns.state}
        updateColumns={columns.update}
        filter={filter}
        setFilter={setFilter}
        includeTrivial={includeTrivial}
        setIncludeTrivial={setIncludeTrivial}
        greyWire={greyWire}
        setGreyWire={setGreyWire}
        narrow={narrow}
        setNarrow={setNarrow}
        find={find}
        setFind={setFind}
        findRef={findRef}
        findStatus={findMatches.length === 0 ? 'no matches' : findAt >= 0 ? `${findAt + 1} of ${findMatches.length} rows` : `${findMatches.length} rows`}
        onFindStep={stepFind}
        onDifference={stepDifference}
        shownRows={rows.length}
        totalRows={allRows.length}
        onExport={doExport}
        savesPdf={!!transport.printToPdf}
        showRowTools={tab === 'aligned'}
      />
      {linkFrom && (
        <div className="link-banner" role="status">
          <span>
            ⇄ Linking <strong>{ix.label(linkFrom.articleId)}</strong>: “{linkFrom.text.slice(0, 100)}” — choose <em>Link here</em> on a sentence of another outlet.
          </span>
          <button className="small" onClick={() => setLinkFrom(undefined)}>
            Cancel (Esc)
          </button>
        </div>
      )}
      <div className={`cmp-scroller tab-${tab}`} ref={scrollerRef} role="tabpanel" id={`cmp-panel-${tab}`} aria-labelledby={`cmp-tab-${tab}`}>
        {tab === 'aligned' && (
          <>
            <details className="summary-details" open={summaryOpen} onToggle={(e) => setSummaryOpen((e.target as HTMLDetailsElement).open)}>
              <summary>Coverage summary</summary>
              <CoverageSummary ix={ix} visible={visible} onJump={jumpToSentence} />
            </details>
            {rows.length === 0 ? (
              <p className="muted panel-empty">No rows match this filter. Choose “Everything” to see all {allRows.length} rows.</p>
            ) : (
              <AlignedRows
                ix={ix}
                rows={rows}
                visible={visible}
                pinLeft={layout.pinLeft}
                template={layout.template}
                includeTrivial={includeTrivial}
                greyWire={greyWire}
                find={find.trim()}
                linkFrom={linkFrom?.articleId}
                flash={flash}
                activeKey={activeKey}
                notes={notes}
                editingNote={editingNote}
                onEditNote={setEditingNote}
                onSaveNote={saveNote}
                actions={cellActions}
                virtual={virtual}
                bodyRef={bodyRef}
                header={<ColumnHeaders ix={ix} visible={visible} state={columns.state} update={columns.update} pinLeft={layout.pinLeft} />}
                onFocusRow={setActiveKey}
              />
            )}
          </>
        )}
        {tab === 'reading' && <ReadingOrder ix={ix} visible={visible} template={layout.readingTemplate} greyWire={greyWire} find={find.trim()} />}
        {tab === 'facts' && <FactsPanel ix={ix} visible={visible} onJump={jumpToSentence} />}
        {tab === 'words' && (
          <WordChoicePanel
            ix={ix}
            visible={visible}
            aliases={edits.aliases}
            onAddAlias={(terms) => void edits.setAliases((list) => [...list, terms])}
            onRemoveAlias={(i) => void edits.setAliases((list) => list.filter((_, k) => k !== i))}
          />
        )}
        {tab === 'corrections' && (
          <CorrectionsPanel
            ix={ix}
            corrections={story?.corrections ?? []}
            notes={notes}
            onRemoveCorrection={(i) => void edits.setCorrections((list) => list.filter((_, k) => k !== i), 'Correction undone.')}
            onRemoveNote={(i) => void edits.setNotes((list) => list.filter((_, k) => k !== i))}
            onJump={jumpToSentence}
          />
        )}
      </div>
    </section>
  );
}
