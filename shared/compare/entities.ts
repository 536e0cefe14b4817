/**
 * Step 7a (facts: entities): names found in every article, spelling and transliteration
 * variants merged into one row, each article's own spelling kept. A bare surname joins the full
 * name it belongs to ("Ushakov" → "Yury Ushakov") when exactly one full name ends with it.
 */
import { findNames, nameKey, ORGANIZATION_WORDS, PLACE_WORDS, sameKey, translitKey, type NameSpan } from './entity-names';
import type { WorkArticle, WorkSentence } from './prepare';
import type { EntityFact, EntityKind, FactMention } from './types';

export interface EntityMention {
  sentence: WorkSentence;
  span: NameSpan;
  /** Followed by "said", "says", "told": a speaker, so a person or an organisation speaking. */
  speaks: boolean;
}

const SPEECH = new Set(['said', 'says', 'told', 'added', 'stated', 'wrote', 'announced', 'argued', 'warned', 'insisted']);

export interface EntityTable {
  entities: EntityFact[];
  /** Entity id for a name key (full name or, when unambiguous, surname). */
  lookup(name: string): string | undefined;
}

export function extractEntities(articles: readonly WorkArticle[], commonWords: ReadonlySet<string>): EntityTable {
  const midCaps = new Set<string>();
  for (const a of articles) {
    for (const s of a.sentences) {
      let first = true;
      for (const t of s.tokens) {
        if (t.kind === 'punct') continue;
        if (!first && t.capitalized) midCaps.add(t.norm);
        first = false;
      }
    }
  }
  const mentions: EntityMention[] = [];
  for (const a of articles) {
    for (const s of a.sentences) {
      for (const span of findNames(s.tokens, sourceOf(a, s), commonWords, false, midCaps)) {
        const next = s.tokens[span.to];
        mentions.push({ sentence: s, span, speaks: !!next && SPEECH.has(next.norm) });
      }
    }
  }
  // Cluster distinct forms: same key, or near-same long words.
  const forms = new Map<string, string[]>(); // key -> surface forms
  for (const m of mentions) {
    const k = nameKey(m.span.text);
    const list = forms.get(k) ?? [];
    if (!list.includes(m.span.text)) list.push(m.span.text);
    forms.set(k, list);
  }
  const keys = [...forms.keys()].sort();
  const clusterOf = new Map<string, string>(keys.map((k) => [k, k]));
  const root = (k: string): string => {
    let r = k;
    while (clusterOf.get(r) !== r) r = clusterOf.get(r)!;
    return r;
  };
  // Different keys can still be one name when a long word is one edit away; only keys with the
  // same number of words and the same initials can be, so compare within those buckets.
  const buckets = new Map<string, string[]>();
  for (const k of keys) {
    const sig = k.split(' ').map((w) => w[0]).join('');
    buckets.set(sig, [...(buckets.get(sig) ?? []), k]);
  }
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        if (root(bucket[i]!) !== root(bucket[j]!) && sameKey(bucket[i]!, bucket[j]!)) clusterOf.set(root(bucket[j]!), root(bucket[i]!));
      }
    }
  }
  // Surnames: a one-word key equal to the last word of exactly one multi-word cluster joins it.
  const lastWord = new Map<string, Set<string>>();
  for (const k of keys) {
    const words = k.split(' ');
    if (words.length >= 2 && words.length <= 3) {
      const set = lastWord.get(words[words.length - 1]!) ?? new Set<string>();
      set.add(root(k));
      lastWord.set(words[words.length - 1]!, set);
    }
  }
  for (const k of keys) {
    if (k.includes(' ')) continue;
    const owners = lastWord.get(k);
    if (owners && owners.size === 1) clusterOf.set(root(k), [...owners][0]!);
  }

  // Build facts.
  const byCluster = new Map<string, EntityMention[]>();
  for (const m of mentions) {
    const r = root(nameKey(m.span.text));
    const list = byCluster.get(r) ?? [];
    list.push(m);
    byCluster.set(r, list);
  }
  const facts: Array<EntityFact & { root: string }> = [];
  for (const [r, ms] of byCluster) {
    const counts = new Map<string, number>();
    for (const m of ms) counts.set(m.span.text, (counts.get(m.span.text) ?? 0) + 1);
    const label = [...counts].sort((x, y) => y[0].split(' ').length - x[0].split(' ').length || y[1] - x[1] || cmp(x[0], y[0]))[0]![0];
    const variantCounts = new Map<string, { articleId: string; spelling: string; count: number }>();
    for (const m of ms) {
      const key = `${m.sentence.record.articleId}\u0000${m.span.text}`;
      const v = variantCounts.get(key) ?? { articleId: m.sentence.record.articleId, spelling: m.span.text, count: 0 };
      v.count++;
      variantCounts.set(key, v);
    }
    const variants = [...variantCounts.values()].sort((x, y) => cmp(x.articleId, y.articleId) || y.count - x.count || cmp(x.spelling, y.spelling));
    facts.push({
      root: r,
      id: '',
      label,
      kind: guessKind(ms),
      variants,
      spellingDiffers: spellingDiffers(variants),
      articleIds: [...new Set(ms.map((m) => m.sentence.record.articleId))].sort(cmp),
      mentions: ms.map((m) => mentionOf(m.sentence, m.span.start, m.span.end)).sort(compareMentions),
    });
  }
  facts.sort((x, y) => y.articleIds.length - x.articleIds.length || y.mentions.length - x.mentions.length || cmp(x.label, y.label));
  const idByRoot = new Map<string, string>();
  facts.forEach((f, i) => {
    f.id = `e${i + 1}`;
    idByRoot.set(f.root, f.id);
  });
  const entities: EntityFact[] = facts.map(({ root: _root, ...f }) => f);
  const lookup = (name: string): string | undefined => {
    const k = nameKey(name);
    if (clusterOf.has(k)) return idByRoot.get(root(k));
    const last = translitKey(name.split(/\s+/).pop() ?? '');
    if (clusterOf.has(last)) return idByRoot.get(root(last));
    const owners = lastWord.get(last);
    return owners && owners.size === 1 ? idByRoot.get(root([...owners][0]!)) : undefined;
  };
  // Headlines are often in title case, so they only add mentions of names the bodies have.
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const a of articles) {
    for (const span of findNames(a.headline.tokens, a.input.title, commonWords, true)) {
      const e = byId.get(lookup(span.text) ?? '');
      if (!e) continue;
      e.mentions.unshift(mentionOf(a.headline, span.start, span.end));
      e.mentions.sort(compareMentions);
    }
  }
  return { entities, lookup };
}

/** Spellings differ when two articles write a name with the same number of words differently (case aside: "WASHINGTON —" datelines). */
function spellingDiffers(variants: Array<{ articleId: string; spelling: string }>): boolean {
  for (const a of variants) {
    for (const b of variants) {
      if (a.articleId < b.articleId && a.spelling.split(' ').length === b.spelling.split(' ').length && a.spelling.toLowerCase() !== b.spelling.toLowerCase()) return true;
    }
  }
  return false;
}

function guessKind(ms: EntityMention[]): EntityKind {
  const words = new Set(ms.flatMap((m) => m.span.text.toLowerCase().split(/[\s-]+/)));
  if ([...words].some((w) => ORGANIZATION_WORDS.has(w.replace(/\.$/, '')))) return 'organization';
  if (ms.some((m) => m.span.titled)) return 'person';
  if ([...words].some((w) => PLACE_WORDS.has(w))) return 'place';
  const place = ms.filter((m) => m.span.afterPlacePreposition).length;
  if (place > 0 && place >= ms.length / 2) return 'place';
  const multi = ms.some((m) => m.span.text.includes(' '));
  if (multi && ms.some((m) => m.speaks)) return 'person';
  return 'other';
}

export function sourceOf(article: WorkArticle, s: WorkSentence): string {
  return s.record.field === 'title' ? article.input.title : article.input.text;
}

export function mentionOf(s: WorkSentence, start: number, end: number): FactMention {
  return {
    articleId: s.record.articleId,
    sentenceId: s.record.id,
    field: s.record.field,
    start,
    end,
    position: s.record.position,
    paragraph: s.record.paragraph,
  };
}

export function compareMentions(a: FactMention, b: FactMention): number {
  return cmp(a.articleId, b.articleId) || Number(a.field === 'text') - Number(b.field === 'text') || a.start - b.start;
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
