import { DOMParser } from 'linkedom';
import { ImportError, type RawDocument } from '../raw-document';
import { MAX_RECORDS_PER_FILE } from '../limits';
import { findDate } from './dates';
import { exportArticleToRaw, splitByline, type ExportArticle } from './export-article';
import { languageCode } from './languages';
import { clean } from './paragraphs';

/**
 * Factiva's XML export: `<ppsArticleResponse><ppsarticleResultSet><article>` elements with
 * `headline`, `byline`, `sourceName`, `publicationDate/date`, `baseLanguage`, `leadParagraph` and
 * `tailParagraphs`, whose text is in `paragraph` children. Element names are matched without
 * namespace prefixes and case, since exports differ.
 */
export function readFactivaXml(text: string): RawDocument[] {
  if (!/<(\w+:)?(ppsArticleResponse|leadParagraph|tailParagraphs)\b/i.test(text)) {
    throw new ImportError('unsupported-type', 'unsupported type: XML file that is not a Factiva export — import Factiva XML, or save articles as HTML or text');
  }
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  const articles = descendants(doc as unknown as Node, 'article').filter((a) => child(a, 'headline') || child(a, 'leadParagraph'));
  if (articles.length === 0) {
    throw new ImportError('no-article-text', 'the Factiva XML export holds no articles; check the export settings and export again');
  }
  return articles.slice(0, MAX_RECORDS_PER_FILE).map((a, i) => exportArticleToRaw(parseArticle(a), i, 'factiva', 'Factiva'));
}

function parseArticle(article: Element): ExportArticle {
  const text = (name: string): string | undefined => {
    const el = child(article, name);
    return el ? clean(el.textContent ?? '') || undefined : undefined;
  };
  const result: ExportArticle = {
    authors: splitByline(text('byline')),
    body: [...paragraphs(child(article, 'leadParagraph')), ...paragraphs(child(article, 'tailParagraphs'))],
  };
  const title = text('headline');
  const outlet = text('sourceName');
  const published = findDate(text('publicationDate') ?? '');
  const language = languageCode(text('baseLanguage'));
  if (title) result.title = title;
  if (outlet) result.outlet = outlet;
  if (published) result.published = published;
  if (language) result.language = language;
  return result;
}

function paragraphs(el: Element | undefined): string[] {
  if (!el) return [];
  const parts = descendants(el, 'paragraph');
  const texts = (parts.length > 0 ? parts : [el]).map((p) => clean(p.textContent ?? ''));
  return texts.filter((t) => t !== '');
}

const localName = (el: Element): string => el.tagName.replace(/^.*:/, '').toLowerCase();

function descendants(root: Node, name: string): Element[] {
  const found: Element[] = [];
  const lower = name.toLowerCase();
  const walk = (node: Node): void => {
    for (const c of Array.from(node.childNodes)) {
      if (c.nodeType !== 1) continue;
      if (localName(c as Element) === lower) found.push(c as Element);
      else walk(c);
    }
  };
  walk(root);
  return found;
}

function child(root: Element, name: string): Element | undefined {
  return descendants(root, name)[0];
}
