/**
 * A tiny hand-made Comparison (no engine involved) so the exporters are tested against a record
 * whose every field is known: three outlets report a bridge opening.
 *   Alpha Post:   "The bridge opened on Monday. Mayor Yury Petrov cut the ribbon."
 *   Beta Times:   "The bridge opened Monday. Mayor Yuri Petrov cut the ribbon. Crowds cheered."
 *   Gamma, Inc.:  "The bridge opened on Monday. =SUM(A1) said "the mayor", loudly."
 * Claim c1 (all three): Beta leaves out "on". Claim c2 (Alpha, Beta): Beta writes "Yuri".
 * Unique: Beta's "Crowds cheered." and Gamma's formula-like sentence (CSV injection, quotes, comma).
 */
import type { ClaimMember, ComparedArticle, ComparedSentence, Comparison, WordOp } from '../../../shared/compare/types';

const TEXTS: Record<string, string[]> = {
  a: ['The bridge opened on Monday.', 'Mayor Yury Petrov cut the ribbon.'],
  b: ['The bridge opened Monday.', 'Mayor Yuri Petrov cut the ribbon.', 'Crowds cheered.'],
  c: ['The bridge opened on Monday.', '=SUM(A1) said "the mayor", loudly.'],
};

function sentencesOf(articleId: string): ComparedSentence[] {
  let at = 0;
  return TEXTS[articleId]!.map((text, index) => {
    const s: ComparedSentence = { id: `${articleId}#${index}`, articleId, field: 'text', start: at, end: at + text.length, text, position: index === 0 ? 'lede' : 'paragraph', paragraph: index, index, sharedCopy: false };
    at += text.length + 2; // "\n\n" between paragraphs
    return s;
  });
}

const article = (id: string, outlet: string, title: string, extra: Partial<ComparedArticle> = {}): ComparedArticle => ({
  id, outlet, title, language: 'en', languageAssumed: false, stemmer: 'lunr-en', authors: [], sentenceCount: TEXTS[id]!.length, wordCount: 10, ...extra,
});

const op = (kind: WordOp['op'], text: string, baseText: string, start: number, trivial = false): WordOp => ({ op: kind, text, baseText, start, end: start + text.length, trivial });

export function bridgeComparison(): Comparison {
  const sa = sentencesOf('a');
  const sb = sentencesOf('b');
  const sc = sentencesOf('c');
  const member = (s: ComparedSentence, ops: WordOp[] = []): ClaimMember => ({
    articleId: s.articleId, sentenceIds: [s.id], start: s.start, end: s.end, similarity: ops.length ? 0.8 : 1, ops, differs: ops.some((o) => o.op !== 'equal'), sharedCopy: false,
  });
  // Beta's lede against the base "The bridge opened on Monday.": "on" is missing.
  const b0 = sb[0]!;
  const b0ops = [op('equal', 'The bridge opened', 'The bridge opened', b0.start), op('delete', '', 'on', b0.start + 18), op('equal', 'Monday', 'Monday', b0.start + 18)];
  const b1 = sb[1]!;
  const b1ops = [op('equal', 'Mayor', 'Mayor', b1.start), op('replace', 'Yuri', 'Yury', b1.start + 6), op('equal', 'Petrov cut the ribbon', 'Petrov cut the ribbon', b1.start + 11)];
  const claims: Comparison['claims'] = [
    { id: 'c1', members: [member(sa[0]!), member(b0, b0ops), member(sc[0]!)], baseArticleId: 'a', similarity: 0.9, evidence: { terms: ['bridge'], entities: [], numbers: [] }, differs: true, sharedCopy: false, corrected: false },
    { id: 'c2', members: [member(sa[1]!), member(b1, b1ops)], baseArticleId: 'a', similarity: 0.8, evidence: { terms: ['ribbon'], entities: ['e1'], numbers: [] }, differs: true, sharedCopy: false, corrected: false },
  ];
  const mention = (s: ComparedSentence, word: string) => ({ articleId: s.articleId, sentenceId: s.id, field: 'text' as const, start: s.start + s.text.indexOf(word), end: s.start + s.text.indexOf(word) + word.length, position: s.position, paragraph: s.paragraph });
  return {
    type: 'parallax-comparison',
    schemaVersion: 1,
    engine: { version: 1, threshold: 0.5, includeTrivialDifferences: false },
    articles: [
      article('a', 'Alpha Post', 'Bridge opens', { url: 'https://alpha.example/bridge', authors: ['Ann Author'], published: '2026-01-05' }),
      article('b', 'Beta Times', 'New bridge opens to cheers', { url: 'https://beta.example/b?x=1,2', authors: ['Bo One', 'Cy Two'], published: '2026-01-06T09:00:00Z' }),
      article('c', 'Gamma, Inc.', 'Bridge "finally" open'),
    ],
    sentences: [...sa, ...sb, ...sc],
    claims,
    unique: ['b#2', 'c#1'],
    rows: [{ kind: 'claim', claimId: 'c1' }, { kind: 'claim', claimId: 'c2' }, { kind: 'unique', sentenceId: 'b#2' }, { kind: 'unique', sentenceId: 'c#1' }],
    facts: {
      entities: [
        {
          id: 'e1', label: 'Yury Petrov', kind: 'person',
          variants: [{ articleId: 'a', spelling: 'Yury Petrov', count: 1 }, { articleId: 'b', spelling: 'Yuri Petrov', count: 1 }],
          spellingDiffers: true, articleIds: ['a', 'b'], mentions: [mention(sa[1]!, 'Yury Petrov'), mention(b1, 'Yuri Petrov')],
        },
      ],
      numbers: [],
      quotes: [],
    },
    omissions: [{ kind: 'entity', refId: 'e1', label: 'Yury Petrov', carriedBy: ['a', 'b'], missingFrom: ['c'], summary: 'reported by 2 of 3 — not by Gamma, Inc.' }],
    wordChoice: { contrasts: [{ terms: ['yury', 'yuri'], source: 'aligned', counts: [{ articleId: 'a', term: 'yury', count: 1 }, { articleId: 'b', term: 'yuri', count: 1 }], claimIds: ['c2'] }], distinctive: [] },
    sharedCopy: [],
    coverage: {
      totalUnits: 4,
      articles: [
        { articleId: 'a', outlet: 'Alpha Post', sharedClaims: 2, unique: 0, share: 0.5, omissions: 0 },
        { articleId: 'b', outlet: 'Beta Times', sharedClaims: 2, unique: 1, share: 0.75, omissions: 0 },
        { articleId: 'c', outlet: 'Gamma, Inc.', sharedClaims: 1, unique: 1, share: 0.5, omissions: 1 },
      ],
      overlap: [{ a: 'a', b: 'b', sharedClaims: 2, overlap: 1 }, { a: 'a', b: 'c', sharedClaims: 1, overlap: 1 }, { a: 'b', b: 'c', sharedClaims: 1, overlap: 1 }],
      headlines: [],
      firstAppearance: [],
    },
    staleCorrections: 0,
  };
}
