import type { RawDocument } from '../raw-document';
import { findDate } from './dates';
import { exportArticleToRaw, splitByline, type ExportArticle } from './export-article';
import { languageCode, languageFromName } from './languages';

/**
 * Factiva exports as paragraphs (from RTF, DOCX, text, or an HTML export turned into lines).
 * Every article ends with its accession number, "Document IRIND00020171114edbe0001f". Two layouts:
 *
 * "Article format": headline, optional "By …" byline, "512 words", date, optional time, source
 * name, then source code / edition / page / language lines and a copyright line, then the lead
 * paragraph and the text.
 *
 * "Full article plus indexing": two-letter field codes, each followed by a tab and its value or
 * alone on a line above it (HD headline, BY byline, WC words, PD date, SN source name,
 * LA language, LP lead paragraph, TD text, … AN "Document …").
 */

const DOC_ID = /^(?:AN\t)?Document [A-Za-z0-9]{10,}$/;
const WORDS = /^[\d.,\s]+ (words?|mots|Wörter|palabras|parole|woorden|palavras|слов|ord|字|語)$/i;
const CODE = /^(HD|BY|CR|WC|PD|ET|SN|SC|ED|PG|LA|CY|LP|TD|CT|RF|CO|IN|NS|RE|IPC|IPD|PUB|AN|SE|ART|CLM|VOL)(?:\t(.*))?$/;
const BYLINE = /^(by|von|par|door|por|di|av)\s+\S/i;
const TIME = /^\d{1,2}:\d{2}(\s*(am|pm))?(\s+[A-Z]{2,4})?$/i;
const COPYRIGHT = /^(\(c\)|©|copyright\b)/i;

export function isFactivaText(paragraphs: string[]): boolean {
  return paragraphs.some((p) => DOC_ID.test(p)) && paragraphs.some((p) => WORDS.test(p) || /^HD(\t|$)/.test(p));
}

export function splitFactivaText(paragraphs: string[]): RawDocument[] {
  const blocks: string[][] = [[]];
  for (const p of paragraphs) {
    blocks[blocks.length - 1]!.push(p);
    if (DOC_ID.test(p)) blocks.push([]);
  }
  // After the last article Factiva appends a "Search Summary" table; keep it only if it is an article.
  const tail = blocks.pop()!;
  if (tail.some((p) => WORDS.test(p) || /^HD(\t|$)/.test(p))) blocks.push(tail);
  return blocks.map((block, i) => exportArticleToRaw(parseBlock(block), i, 'factiva', 'Factiva'));
}

function parseBlock(block: string[]): ExportArticle {
  const lines = DOC_ID.test(block[block.length - 1] ?? '') ? block.slice(0, -1) : block;
  const hdAt = lines.findIndex((p) => /^HD(\t|$)/.test(p));
  if (hdAt !== -1) return parseIndexed(lines.slice(hdAt));
  const wcAt = lines.findIndex((p) => WORDS.test(p));
  if (wcAt === -1) return { authors: [], body: [], ...(lines[0] ? { title: lines[0] } : {}) };
  return parseArticleFormat(lines.slice(0, wcAt), lines.slice(wcAt + 1));
}

function parseArticleFormat(header: string[], after: string[]): ExportArticle {
  const article: ExportArticle = { authors: [], body: [] };
  for (const line of header) if (BYLINE.test(line)) article.authors.push(...splitByline(line));
  article.title = header.filter((l) => !BYLINE.test(l)).pop();

  let i = 0;
  const date = findDate(after[0] ?? '');
  if (date) {
    article.published = date;
    i++;
  }
  if (TIME.test(after[i] ?? '')) i++;
  article.outlet = after[i];
  i++;
  const window = after.slice(i, i + 8);
  const copyrightAt = window.findIndex((l) => COPYRIGHT.test(l));
  const languageAt = window.findIndex((l) => languageFromName(l) !== undefined);
  if (languageAt !== -1) article.language = languageFromName(window[languageAt]);
  const metaEnd = copyrightAt !== -1 ? copyrightAt : languageAt !== -1 ? languageAt : 0;
  article.body = after.slice(i + metaEnd + 1);
  return article;
}

function parseIndexed(lines: string[]): ExportArticle {
  const fields = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of lines) {
    const code = CODE.exec(line);
    if (code) {
      current = fields.get(code[1]!) ?? [];
      fields.set(code[1]!, current);
      if (code[2]?.trim()) current.push(code[2].trim());
    } else {
      current?.push(line);
    }
  }
  const one = (code: string): string | undefined => fields.get(code)?.join(' ') || undefined;
  const article: ExportArticle = {
    authors: splitByline(one('BY')),
    body: [...(fields.get('LP') ?? []), ...(fields.get('TD') ?? [])],
  };
  const title = one('HD');
  const published = findDate(one('PD') ?? '');
  const outlet = one('SN');
  const language = languageCode(one('LA'));
  if (title) article.title = title;
  if (published) article.published = published;
  if (outlet) article.outlet = outlet;
  if (language) article.language = language;
  return article;
}
