/**
 * Pre-cleaning before Readability: take out what is never the article (navigation, page
 * footers, side rails, hidden elements). Readability would mostly discard them too, but
 * only after scoring them on every retry; removing them first is faster and stops a
 * link-heavy rail from winning on a short story.
 */
const NEVER_ARTICLE = ['nav', 'footer', 'aside', '[hidden]', '[role="navigation"]', '[role="contentinfo"]', '[role="complementary"]', '[aria-hidden="true"]'];

export function prepareDocument(document: Document): void {
  const body = document.body;
  if (!body) return;
  let half: number | undefined;
  for (const el of Array.from(body.querySelectorAll(NEVER_ARTICLE.join(',')))) {
    // A page that wraps everything in one of these (a blog theme's <aside> column) keeps it.
    half ??= (body.textContent?.length ?? 0) * 0.5;
    if ((el.textContent?.length ?? 0) > half) continue;
    el.remove();
  }
}
