import type { RawDocument } from '../raw-document';
import { findDate } from './dates';
import { exportArticleToRaw, splitByline, type ExportArticle } from './export-article';
import { languageCode } from './languages';

/**
 * Nexis Uni (2018–) exports, as DOCX, RTF or text. Each article ends with a line "End of Document";
 * before the line "Body" come the headline, the outlet, the date (then edition and copyright
 * lines) and labelled fields ("Section:", "Length: 453 words", "Byline:", "Highlight:"); after the
 * body come "Graphic", "Classification" ("Language:", "Subject:", …) and "Load-Date:". The first
 * article may be preceded by a cover page ("Date and Time:", "Job Number:", "Documents (100)", the
 * list of headlines, "Search Terms:"). Older LexisNexis exports are in nexis-classic.ts.
 */

const END = /^End of Document$/i;
const BODY = /^(Body|Text|Texte|Tekst)$/i;
const LABEL =
  /^(Section|Length|Byline|Author|Dateline|Highlight|Edition|Column|Series|Correction|Correction-Date|Type|Rubrik|Länge|Autor|Rubrique|Longueur|Auteur|Sectie|Lengte|Sección|Longitud)\s*:\s*(.*)$/i;
const AFTER_BODY = /^(Classification|Graphic|Notes|Load-Date:|Language:|Publication-Type:)/i;
const COVER = /^(Date and Time:|Job Number:|Documents? \(\d+\)|Client\/Matter:|Search Terms:|Search Type:|Narrowed by|Content Type)/i;

export function isNexisUni(paragraphs: string[]): boolean {
  return paragraphs.some((p) => END.test(p)) && paragraphs.some((p) => BODY.test(p) || /^Length:\s*\d/i.test(p));
}

export function splitNexisUni(paragraphs: string[]): RawDocument[] {
  const blocks: string[][] = [[]];
  for (const p of paragraphs) {
    if (END.test(p)) blocks.push([]);
    else blocks[blocks.length - 1]!.push(p);
  }
  // After the last "End of Document" there is usually nothing; keep it only if it is an article.
  const tail = blocks.pop()!;
  if (tail.some((p) => BODY.test(p))) blocks.push(tail);

  const docs = blocks.map((block, i) => exportArticleToRaw(parseArticle(block), i, 'nexis', 'Nexis'));
  return [...docs, ...missingArticles(paragraphs, docs.length)];
}

function parseArticle(block: string[]): ExportArticle {
  const bodyAt = block.findIndex((p) => BODY.test(p));
  const header = bodyAt === -1 ? block : block.slice(0, bodyAt);
  const firstLabel = header.findIndex((p) => LABEL.test(p));
  const top = firstLabel === -1 ? header : header.slice(0, firstLabel);

  let dateAt = -1;
  for (let i = top.length - 1; i >= 0; i--) {
    if (top[i]!.length < 100 && !/^(copyright|©)/i.test(top[i]!) && findDate(top[i]!)) {
      dateAt = i;
      break;
    }
  }
  const article: ExportArticle = { authors: [], body: [] };
  if (dateAt >= 2) {
    article.outlet = top[dateAt - 1];
    article.published = findDate(top[dateAt]!);
    const coverEnd = top.slice(0, dateAt - 2).some((p) => COVER.test(p));
    article.title = (coverEnd ? [top[dateAt - 2]!] : top.slice(0, dateAt - 1)).join(' ');
  } else {
    article.title = top[0];
    article.outlet = top[1];
  }

  for (const p of header) {
    const [, label, value] = LABEL.exec(p) ?? [];
    if (!label || !value) continue;
    const key = label.toLowerCase();
    if (['byline', 'author', 'autor', 'auteur'].includes(key)) article.authors.push(...splitByline(value));
    else if (key === 'highlight') article.lede = value;
  }
  if (bodyAt === -1) return article;

  const rest = block.slice(bodyAt + 1);
  const bodyEnd = rest.findIndex((p) => AFTER_BODY.test(p));
  article.body = bodyEnd === -1 ? rest : rest.slice(0, bodyEnd);
  for (const p of rest.slice(bodyEnd === -1 ? rest.length : bodyEnd)) {
    const language = /^Language:\s*(.+)$/i.exec(p)?.[1];
    if (language) article.language = languageCode(language);
    const loadDate = /^Load-Date:\s*(.+)$/i.exec(p)?.[1];
    if (loadDate && !article.published) article.published = findDate(loadDate);
  }
  return article;
}

/** The cover page states how many documents the export holds: each one we could not find becomes a failed part. */
function missingArticles(paragraphs: string[], found: number): RawDocument[] {
  const declared = paragraphs.slice(0, 40).map((p) => /^Documents? \((\d+)\)$/i.exec(p)?.[1]).find(Boolean);
  const expected = Math.min(declared ? Number(declared) : found, found + 10_000);
  const missing: RawDocument[] = [];
  for (let part = found; part < expected; part++) {
    missing.push({
      kind: 'failed',
      part,
      sourceKind: 'nexis',
      reason: `the cover page lists ${expected} documents but only ${found} are in the file; export the missing ones again`,
    });
  }
  return missing;
}
