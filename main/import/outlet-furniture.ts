import type { ArticleRecord } from '../../shared/model/article';
import type { Library } from '../library/library';

/** A line recurring in at least this many articles of one outlet is that outlet's page furniture. */
export const FURNITURE_MIN_ARTICLES = 3;
/** Only short lines: a long recurring paragraph is more likely a standard background paragraph worth keeping visible. */
const MAX_FURNITURE_CHARS = 200;

const normaliseLine = (line: string): string => line.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Learns each outlet's furniture from the library ("Follow us on Telegram", a standard sign-off)
 * and moves it out of the text of every article of that outlet into `removed`. Returns the
 * articles that changed, already saved.
 */
export async function removeLearnedFurniture(library: Library, outlets: Iterable<string>, now: string): Promise<ArticleRecord[]> {
  const changed: ArticleRecord[] = [];
  for (const outlet of new Set(outlets)) {
    const ids = library.articles.allSummaries().filter((a) => a.outlet === outlet && !a.trashedAt).map((a) => a.id);
    if (ids.length < FURNITURE_MIN_ARTICLES) continue;
    const articles = (await Promise.all(ids.map((id) => library.articles.get(id)))).filter((a): a is ArticleRecord => !!a);
    const furniture = recurringLines(articles.map((a) => a.text));
    if (furniture.size === 0) continue;
    for (const a of articles) {
      const next = stripLines(a, furniture, outlet, now);
      if (next) {
        await library.articles.put(next);
        changed.push(next);
      }
    }
  }
  return changed;
}

/** Lines (paragraphs) that occur in at least FURNITURE_MIN_ARTICLES different texts. */
export function recurringLines(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set(paragraphs(text).filter((p) => p.length <= MAX_FURNITURE_CHARS).map(normaliseLine));
    for (const line of seen) if (line) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  for (const [line, n] of counts) if (n < FURNITURE_MIN_ARTICLES) counts.delete(line);
  return counts;
}

function stripLines(a: ArticleRecord, furniture: Map<string, number>, outlet: string, now: string): ArticleRecord | undefined {
  const kept: string[] = [];
  const removed = [...a.removed];
  for (const p of paragraphs(a.text)) {
    const n = furniture.get(normaliseLine(p));
    if (n === undefined) kept.push(p);
    else removed.push({ text: p, reason: `repeated in ${n} articles of ${outlet}` });
  }
  // Never empty an article: if everything looks like furniture, the rule is wrong for it.
  if (removed.length === a.removed.length || kept.length === 0) return undefined;
  return { ...a, text: kept.join('\n\n'), removed, updatedAt: now };
}

const paragraphs = (text: string): string[] => text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
