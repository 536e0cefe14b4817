import type { ExtractedArticle } from '../../../shared/model/article';
import { outletFromDomain } from '../../../shared/outlets/outlet-name';
import { ImportError } from '../raw-document';
import { normaliseLanguageTag, reconcileLanguage } from '../language';
import { splitAuthors } from './authors';
import { cleanBlocks } from './clean-blocks';
import { collectBlocks, type TextBlock } from './content-blocks';
import { fallbackBlocks } from './fallback-extract';
import { readPageMetadata, type PageMetadata } from './metadata';
import { parseHtmlDocument } from './parse-dom';
import { prepareDocument } from './prepare-dom';
import { runReadability } from './run-readability';
import { chooseBody } from './choose-body';
import { pickLede } from './lede';

/**
 * A saved web page → one article: clean body text plus metadata. Metadata is read first
 * (Readability rewrites the tree), then the body comes from Readability with our
 * pre-cleaning and block cleaning around it, checked against the page's JSON-LD body.
 */
export function extractFromHtml(html: string, opts: { url?: string } = {}): ExtractedArticle {
  const document = parseHtmlDocument(html);
  const meta = readPageMetadata(document, html.slice(0, 4096));
  prepareDocument(document);
  const readable = runReadability(document);

  const title = meta.title ?? readable?.title ?? '';
  const authors = meta.authors.length > 0 ? meta.authors : splitAuthors(readable?.byline ?? '');
  let blocks: TextBlock[] = readable ? collectBlocks(readable.content) : [];
  if (!readable) blocks = fallbackBlocks(parseHtmlDocument(html));

  const cleaned = cleanBlocks(blocks, { title, authors });
  const body = chooseBody(isArticleText(cleaned.kept) ? cleaned.kept : [], meta.jsonLdBody);
  const text = body.paragraphs.join('\n\n');
  if (!/\p{L}{2}/u.test(text)) {
    throw new ImportError('no-article-text', 'No article text found in this page: it may be an index page, a login wall or a page that loads its text with scripts.');
  }

  const url = opts.url ?? meta.url;
  return {
    title,
    ...outletFields(meta, url),
    authors,
    published: meta.published ?? normaliseIso(readable?.publishedTime),
    url,
    language: reconcileLanguage(meta.language ?? normaliseLanguageTag(readable?.lang), text),
    lede: pickLede(meta.description, text),
    text,
    removed: cleaned.removed,
  };
}

/**
 * Whether what survived cleaning is an article rather than the residue of an index page, a
 * login wall or a menu: some prose (a sentence of eight words or more) and not mostly links.
 */
function isArticleText(kept: TextBlock[]): boolean {
  let chars = 0;
  let linkChars = 0;
  let prose = false;
  for (const b of kept) {
    chars += b.text.length;
    linkChars += b.linkChars;
    if (!prose && b.text.split(/\s+/).length >= 8 && b.linkChars < b.text.length * 0.5) prose = true;
  }
  return prose && linkChars < chars * 0.6;
}

function outletFields(meta: PageMetadata, url: string | undefined): Pick<ExtractedArticle, 'outlet' | 'outletDomain'> {
  const fromDomain = url ? outletFromDomain(url) : undefined;
  // The page's structured data first, then our maintained table, then og:site_name (unless it is
  // just the domain's first label, like "nj" for nj.com), then the domain itself.
  const inTable = fromDomain && fromDomain.name !== fromDomain.domain ? fromDomain.name : undefined;
  const label = fromDomain?.domain.split('.')[0];
  const informative = (name: string | undefined) => (name && name.toLowerCase() !== label ? name : undefined);
  const outlet = informative(meta.publisher) ?? inTable ?? informative(meta.siteName) ?? fromDomain?.name;
  return { ...(outlet ? { outlet } : {}), ...(fromDomain ? { outletDomain: fromDomain.domain } : {}) };
}

function normaliseIso(s: string | undefined): string | undefined {
  return s && /^\d{4}-\d{2}-\d{2}/.test(s.trim()) ? s.trim() : undefined;
}
