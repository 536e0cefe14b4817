/**
 * Pre-cleaning before Readability: take out what is never the article (navigation, page
 * footers, side rails, hidden elements). Readability would mostly discard them too, but
 * only after scoring them on every retry; removing them first is faster and stops a
 * link-heavy rail from winning on a short story.
 */
export function prepareDocument(document: Document): void {
  const body = document.body;
  if (!body) return;
  let half: number | undefined;
  // One pass with a plain predicate: in linkedom a selector list of eight is several times slower.
  for (const el of Array.from(body.querySelectorAll('*')).filter(neverArticle)) {
    // A page that wraps everything in one of these (a blog theme's <aside> column) keeps it.
    half ??= (body.textContent?.length ?? 0) * 0.5;
    if ((el.textContent?.length ?? 0) > half) continue;
    el.remove();
  }
}

const NEVER_ARTICLE_TAGS = new Set(['nav', 'footer', 'aside']);
const NEVER_ARTICLE_ROLES = new Set(['navigation', 'contentinfo', 'complementary']);

/** nav, footer, aside, [hidden], [role=navigation|contentinfo|complementary], [aria-hidden="true"]. */
function neverArticle(el: Element): boolean {
  return (
    NEVER_ARTICLE_TAGS.has(el.localName) ||
    el.hasAttribute('hidden') ||
    NEVER_ARTICLE_ROLES.has(el.getAttribute('role') ?? '') ||
    el.getAttribute('aria-hidden') === 'true'
  );
}
