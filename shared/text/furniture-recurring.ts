import type { RemovedText } from '../model/article';

/**
 * Furniture learned per outlet: a short paragraph that recurs verbatim in several articles
 * of the same outlet ("Follow Newsbeat on Instagram", a company's "About us" paragraph, a
 * sign-off) is page furniture even when no pattern knows it. Callers pass one text per
 * article (one version per URL: versions of the same story share real paragraphs).
 */
export const RECURRING_MIN_ARTICLES = 3;

/** Longer paragraphs are story text even when repeated (wire copy, quoted statements). */
const MAX_RECURRING_CHARS = 400;

/** The comparison key of a paragraph: case, spacing and punctuation do not matter. */
export function recurringKey(paragraph: string): string {
  return paragraph.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Keys of short paragraphs found in at least `minArticles` of `texts` (article bodies, paragraphs separated by blank lines). */
export function findRecurringParagraphs(texts: readonly string[], minArticles = RECURRING_MIN_ARTICLES): Set<string> {
  const articlesWith = new Map<string, number>();
  for (const text of texts) {
    const keys = new Set<string>();
    for (const p of text.split(/\n\s*\n/)) {
      if (p.length > MAX_RECURRING_CHARS) continue;
      const key = recurringKey(p);
      if (key.length >= 3) keys.add(key);
    }
    for (const key of keys) articlesWith.set(key, (articlesWith.get(key) ?? 0) + 1);
  }
  return new Set([...articlesWith].filter(([, n]) => n >= minArticles).map(([key]) => key));
}

/** `text` without the recurring paragraphs, and what was taken out (with its reason). */
export function removeRecurringParagraphs(text: string, recurring: ReadonlySet<string>, minArticles = RECURRING_MIN_ARTICLES): { text: string; removed: RemovedText[] } {
  const removed: RemovedText[] = [];
  const kept: string[] = [];
  for (const p of text.split(/\n\s*\n/)) {
    if (p.length <= MAX_RECURRING_CHARS && recurring.has(recurringKey(p))) {
      removed.push({ text: p.trim(), reason: `repeated in ${minArticles}+ articles of this outlet` });
    } else kept.push(p);
  }
  return { text: kept.join('\n\n'), removed };
}
