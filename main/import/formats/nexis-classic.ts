import type { RawDocument } from '../raw-document';
import { findDate } from './dates';
import { exportArticleToRaw, splitByline, type ExportArticle } from './export-article';
import { languageCode } from './languages';

/**
 * LexisNexis exports from nexis.com / LexisNexis Academic (before Nexis Uni), as TXT, RTF or DOC(X).
 * Each article starts with "12 of 100 DOCUMENTS" (German "Dokument 12 von 100", French
 * "Document 12 de 100"), then the outlet, the date (maybe with edition lines), the headline, and
 * upper-case labels "BYLINE:", "SECTION:", "LENGTH: 677 words" before the body; after the body
 * "LOAD-DATE:", "LANGUAGE:", "PUBLICATION-TYPE:" and a copyright line.
 */

const START = /^(?:(\d+) of (\d+) DOCUMENTS?|Dokument (\d+) von (\d+)|Document (\d+) de (\d+))$/i;
const LABEL = /^([A-ZÄÖÜÉ][A-ZÄÖÜÉ-]{2,}):\s*(.*)$/;
const HEADER_LABELS = new Set(['BYLINE', 'SECTION', 'LENGTH', 'DATELINE', 'HIGHLIGHT', 'AUTOR', 'RUBRIK', 'LÄNGE', 'LONGUEUR', 'RUBRIQUE', 'AUTEUR', 'UPDATE', 'GRAFIK']);
const AFTER_BODY = new Set([
  'LOAD-DATE', 'LANGUAGE', 'GRAPHIC', 'PUBLICATION-TYPE', 'JOURNAL-CODE', 'CORRECTION-DATE', 'NOTES', 'URL',
  'DOCUMENT-TYPE', 'SUBJECT', 'ORGANIZATION', 'PERSON', 'GEOGRAPHIC', 'SPRACHE', 'LANGUE', 'PUBLIKATIONSTYP',
]);

export function isNexisClassic(paragraphs: string[]): boolean {
  return paragraphs.some((p) => START.test(p)) && paragraphs.some((p) => /^(LENGTH|LÄNGE|LONGUEUR):\s*\d/.test(p));
}

export function splitNexisClassic(paragraphs: string[]): RawDocument[] {
  const blocks: Array<{ number: number; total: number; lines: string[] }> = [];
  for (const p of paragraphs) {
    const start = START.exec(p);
    if (start) {
      const [n, m] = start.slice(1).filter(Boolean).map(Number);
      blocks.push({ number: n!, total: m!, lines: [] });
    } else {
      blocks[blocks.length - 1]?.lines.push(p); // lines before the first marker are the cover page
    }
  }
  const docs: RawDocument[] = blocks.map((b, i) => exportArticleToRaw(parseArticle(b.lines), i, 'nexis', 'LexisNexis'));
  // Numbers the export skipped ("3 of 10" followed by "5 of 10") are articles we did not get.
  const seen = new Set(blocks.map((b) => b.number));
  const numbers = [...seen];
  for (let n = Math.min(...numbers); n < Math.max(...numbers); n++) {
    if (!seen.has(n)) {
      docs.push({
        kind: 'failed',
        part: docs.length,
        sourceKind: 'nexis',
        reason: `LexisNexis document ${n} of ${blocks[0]!.total} is missing from the file; export it again`,
      });
    }
  }
  return docs;
}

function parseArticle(lines: string[]): ExportArticle {
  const article: ExportArticle = { authors: [], body: [] };
  const firstLabel = lines.findIndex((l) => HEADER_LABELS.has(labelOf(l) ?? ''));
  const lengthAt = lines.findIndex((l) => /^(LENGTH|LÄNGE|LONGUEUR)$/.test(labelOf(l) ?? ''));
  const top = firstLabel === -1 ? lines.slice(0, 6) : lines.slice(0, firstLabel);
  const dateAt = top.findIndex((l, i) => i < 5 && findDate(l) !== undefined);
  if (dateAt > 0) article.outlet = top[0];
  if (dateAt >= 0) article.published = findDate(top[dateAt]!);
  article.title = headline(top.slice(dateAt + 1));

  for (const line of lines.slice(Math.max(firstLabel, 0), lengthAt === -1 ? undefined : lengthAt + 1)) {
    const label = labelOf(line);
    if (label === 'BYLINE' || label === 'AUTOR' || label === 'AUTEUR') article.authors.push(...splitByline(valueOf(line)));
    if (label === 'HIGHLIGHT') article.lede = valueOf(line);
  }
  if (lengthAt === -1) return article; // a graphic-only entry: no body

  let bodyStart = lengthAt + 1;
  while (bodyStart < lines.length && HEADER_LABELS.has(labelOf(lines[bodyStart]!) ?? '')) bodyStart++;
  let bodyEnd = bodyStart;
  while (bodyEnd < lines.length && !isAfterBody(lines[bodyEnd]!)) bodyEnd++;
  article.body = lines.slice(bodyStart, bodyEnd);

  for (const line of lines.slice(bodyEnd)) {
    const label = labelOf(line);
    if (label === 'LANGUAGE' || label === 'SPRACHE' || label === 'LANGUE') article.language = languageCode(valueOf(line));
    if (label === 'URL' && /^https?:\/\//.test(valueOf(line))) article.url = valueOf(line);
    if (label === 'LOAD-DATE' && !article.published) article.published = findDate(valueOf(line));
  }
  return article;
}

/** Between the date and the labels: edition lines ("Edition 1;", "Late Edition - Final") and the headline. */
function headline(candidates: string[]): string | undefined {
  const kept = candidates.filter((l) => !/edition|ausgabe|édition|^final$|;$/i.test(l));
  const long = kept.filter((l) => l.split(' ').length > 3);
  return (long.length > 0 ? long : kept.slice(-1)).join(' ') || undefined;
}

function isAfterBody(line: string): boolean {
  return AFTER_BODY.has(labelOf(line) ?? '') || /^(copyright\s+(©\s*)?\d{4}|©)/i.test(line);
}

function labelOf(line: string): string | undefined {
  return LABEL.exec(line)?.[1];
}

function valueOf(line: string): string {
  return LABEL.exec(line)?.[2]?.trim() ?? '';
}
