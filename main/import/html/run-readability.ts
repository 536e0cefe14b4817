import { Readability } from '@mozilla/readability';

/**
 * Readability on an already-parsed (and depth-bounded) document. Returns the article's
 * content *element* rather than serialised HTML (its `serializer` option), so the text can
 * be read straight off the tree without a second parse. Never throws: a failure (too many
 * elements, a stack overflow on a hostile page, no candidate) is a `null` the caller falls
 * back from.
 */
export interface ReadabilityResult {
  content: Element;
  title?: string;
  byline?: string;
  excerpt?: string;
  siteName?: string;
  publishedTime?: string;
  lang?: string;
}

/** Above this many elements Readability's repeated scans get slow; the fallback extractor takes over. */
export const MAX_ELEMENTS_FOR_READABILITY = 60_000;

export function runReadability(document: Document): ReadabilityResult | null {
  // Counted here: Readability's own maxElemsToParse check asks getElementsByTagName("*"), which linkedom answers with 0.
  if (document.querySelectorAll('*').length > MAX_ELEMENTS_FOR_READABILITY) return null;
  try {
    const reader = new Readability<Element>(document, {
      // Classes are kept so the block cleaner can see "caption", "credit", "related", … on what Readability kept.
      keepClasses: true,
      serializer: (node) => node as Element,
      // Metadata is read separately and more completely (./metadata.ts) before Readability rewrites the tree.
      disableJSONLD: true,
    });
    const r = reader.parse();
    if (!r || !r.content) return null;
    return {
      content: r.content,
      title: r.title ?? undefined,
      byline: r.byline ?? undefined,
      excerpt: r.excerpt ?? undefined,
      siteName: r.siteName ?? undefined,
      publishedTime: r.publishedTime ?? undefined,
      lang: r.lang ?? undefined,
    };
  } catch {
    return null;
  }
}
