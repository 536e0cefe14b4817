/**
 * The Comparison record: what the comparison engine computes for a set of articles about one
 * event, and what the comparison view, the exports and `parallax compare --json` read.
 *
 * Plain JSON (no classes, no Maps) so it crosses IPC, HTTP and worker boundaries, versioned so
 * a saved comparison can be recognised and recomputed. Every fact and claim points at the
 * sentences it came from: a sentence is `articleId` plus a [start, end) range of UTF-16 code
 * units in the article's `text` (or in its `title` for the headline, see `field`).
 *
 * Ids are stable for the same input whatever the order the articles are given in:
 * sentences are `<articleId>#<n>` (`#h` for the headline), claims `c1…`, entities `e1…`,
 * numbers `n1…`, quotes `q1…`, shared-copy runs `s1…`, numbered in reading order.
 */
export const COMPARISON_SCHEMA_VERSION = 1 as const;

/** Where in the article a sentence sits: the headline, the lede (first paragraph) or a later paragraph. */
export type SentencePosition = 'headline' | 'lede' | 'paragraph';

export interface ComparedArticle {
  id: string;
  outlet: string;
  title: string;
  /** The language the article was segmented and normalised in (ISO 639-1), e.g. "en". */
  language: string;
  /** True when the input gave no language (or "und") and English rules were used. */
  languageAssumed: boolean;
  /** Whether words were stemmed (lunr's English stemmer) or only lower-cased and folded. */
  stemmer: 'lunr-en' | 'none';
  published?: string;
  url?: string;
  authors: string[];
  /** Body sentences (the headline not counted). */
  sentenceCount: number;
  wordCount: number;
}

export interface ComparedSentence {
  /** `<articleId>#<n>` for body sentence n (0-based), `<articleId>#h` for the headline. */
  id: string;
  articleId: string;
  /** Which string `start`/`end` index: the article's `title` (headline) or its `text`. */
  field: 'title' | 'text';
  start: number;
  end: number;
  /** The sentence as written (a copy of the range, for readers of the JSON). */
  text: string;
  position: SentencePosition;
  /** 0-based paragraph index in `text`; -1 for the headline. Paragraph 0 is the lede. */
  paragraph: number;
  /** 0-based index among the article's body sentences; -1 for the headline. */
  index: number;
  /** Inside a long verbatim run shared with another outlet (wire copy), see `sharedCopy`. */
  sharedCopy: boolean;
}

/** Where a fact was found: the sentence and the exact words. */
export interface FactMention {
  articleId: string;
  sentenceId: string;
  field: 'title' | 'text';
  /** Range of the mention itself (the name, number or quote), in `field`. */
  start: number;
  end: number;
  position: SentencePosition;
  paragraph: number;
}

/** One word-level edit turning the claim's base wording into this article's wording. */
export interface WordOp {
  op: 'equal' | 'insert' | 'delete' | 'replace';
  /** This article's words (empty for `delete`). */
  text: string;
  /** The base wording's words (empty for `insert`). */
  baseText: string;
  /** Range of `text` in this article's `text` (for `delete`: an empty range where the words would be). */
  start: number;
  end: number;
  /** The change is only case, punctuation, quote style, hyphenation or numeral-vs-word ("5" / "five"). */
  trivial: boolean;
}

export interface ClaimMember {
  articleId: string;
  /** One or more adjacent sentences of this article that together carry the claim. */
  sentenceIds: string[];
  /** Range covering those sentences in the article's `text`. */
  start: number;
  end: number;
  /** Similarity of this member's wording to the base wording (1 for the base itself). */
  similarity: number;
  /** Word diff against the base wording. Empty for the base member. */
  ops: WordOp[];
  /** Whether the wording differs from the base beyond trivial differences (or at all, with `includeTrivialDifferences`). */
  differs: boolean;
  /** Set when this member's sentences lie in verbatim copy shared with another member's article. */
  sharedCopy: boolean;
}

/** Why the engine linked the sentences of a claim. */
export interface ClaimEvidence {
  /** Content words (as written in the base member) found in at least two members. */
  terms: string[];
  /** Entity ids (see `facts.entities`) mentioned by at least two members. */
  entities: string[];
  /** Numbers (as written in the base member) found in at least two members. */
  numbers: string[];
}

/** Sentences from different articles that report the same thing. */
export interface Claim {
  id: string;
  /** Members sorted by article id; at least two articles. */
  members: ClaimMember[];
  /** Article whose wording is the claim's most common one (the medoid); other members are diffed against it. */
  baseArticleId: string;
  /** Mean of the link scores (0..1) that joined the members. */
  similarity: number;
  evidence: ClaimEvidence;
  /** Any member differs in wording from the base. */
  differs: boolean;
  /** All members are verbatim shared copy. */
  sharedCopy: boolean;
  /** Created or kept by a user's correction. */
  corrected: boolean;
}

/** A row of the side-by-side view, in reading order. */
export type ComparisonRow = { kind: 'claim'; claimId: string } | { kind: 'unique'; sentenceId: string };

export type EntityKind = 'person' | 'organization' | 'place' | 'other';

export interface EntityFact {
  id: string;
  /** The most used spelling across articles. */
  label: string;
  /** Guessed from titles ("President", "Mr."), organisation words and prepositions ("in", "from"); `other` when unsure. */
  kind: EntityKind;
  /** Each article's own spelling(s) and how often it uses them. */
  variants: Array<{ articleId: string; spelling: string; count: number }>;
  /** Articles spell it differently (Kiev / Kyiv). */
  spellingDiffers: boolean;
  articleIds: string[];
  mentions: FactMention[];
}

export interface NumberValue {
  articleId: string;
  value: number;
  /** "nearly", "about", "more than", ... as written, or empty. */
  qualifier: string;
  /** The number and its unit as written ("almost five hours"). */
  text: string;
  mention: FactMention;
}

export interface NumberFact {
  id: string;
  /** What is counted, as a stem-free display word ("hours", "points", "documents"); empty when the number has no unit. */
  unit: string;
  /** A few words of context: the claim or noun phrase the number belongs to. */
  what: string;
  /** The claim the numbers were aligned through, when they sit in one. */
  claimId?: string;
  values: NumberValue[];
  /** `value`: articles give different numbers; `qualifier`: same number, different hedging ("nearly five" vs "five"). */
  disagreement: 'none' | 'value' | 'qualifier';
  articleIds: string[];
}

export interface QuoteVersion {
  articleId: string;
  /** The quoted words, without the quotation marks. */
  text: string;
  mention: FactMention;
  /** The speaker as this article names them, when found. */
  speakerText?: string;
  /** Similarity to the quote's first version (1 for itself). */
  similarity: number;
  /** Word diff against the base version (empty for the base). */
  ops: WordOp[];
}

export interface QuoteFact {
  id: string;
  /** Entity id of the speaker, when the attribution names a known entity. */
  speakerId?: string;
  speaker?: string;
  /** Versions sorted by article id; the first is the base. */
  versions: QuoteVersion[];
  /** Versions differ in wording beyond trivial differences. */
  wordingDiffers: boolean;
  articleIds: string[];
}

/** Something most articles carry and some do not. */
export interface Omission {
  kind: 'claim' | 'entity' | 'number' | 'quote';
  /** The claim, entity, number or quote id. */
  refId: string;
  label: string;
  carriedBy: string[];
  missingFrom: string[];
  /** "reported by 7 of 8 — not by Outlet" */
  summary: string;
}

/** Outlets writing different words for the same thing. */
export interface WordContrast {
  /** The competing terms (lower-cased), most used first. */
  terms: string[];
  /** `aligned`: found in the wording diffs of claims; `alias`: from the user's alias table; `both`. */
  source: 'aligned' | 'alias' | 'both';
  /** Per article, how often it uses each term. Zero counts omitted. */
  counts: Array<{ articleId: string; term: string; count: number }>;
  /** Claims where the substitution was seen. */
  claimIds: string[];
}

/** Words an article uses more than the others, by log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008). */
export interface DistinctiveWords {
  articleId: string;
  words: Array<{ word: string; count: number; /** z-score of the log-odds ratio vs all other articles */ z: number }>;
}

/** A long verbatim run of words found in more than one article (wire copy, syndication, press release). */
export interface SharedCopy {
  id: string;
  /** Length in words of the shortest passage of the run. */
  words: number;
  passages: Array<{ articleId: string; start: number; end: number }>;
  text: string;
}

export interface ArticleCoverage {
  articleId: string;
  outlet: string;
  /** Claims (shared with others) this article carries. */
  sharedClaims: number;
  /** Sentences only this article carries. */
  unique: number;
  /** Share of all units (claims + unique sentences across the set) this article carries, 0..1. */
  share: number;
  /** Omissions that name this article. */
  omissions: number;
}

export interface Coverage {
  /** Claims plus unique sentences: the units `share` is a share of. */
  totalUnits: number;
  articles: ArticleCoverage[];
  /** For every pair of articles (a < b by id): claims both carry, and that count over the smaller article's claim count. */
  overlap: Array<{ a: string; b: string; sharedClaims: number; overlap: number }>;
  headlines: Array<{ articleId: string; outlet: string; title: string }>;
  /** Where each fact carried by two or more articles first appears in each of them. */
  firstAppearance: Array<{ kind: 'entity' | 'number' | 'quote'; refId: string; label: string; mentions: FactMention[] }>;
}

export interface Comparison {
  type: 'parallax-comparison';
  schemaVersion: typeof COMPARISON_SCHEMA_VERSION;
  engine: {
    /** Bumped when the method changes enough that saved results should be recomputed. */
    version: number;
    /** Link score above which two sentences are the same claim. */
    threshold: number;
    includeTrivialDifferences: boolean;
  };
  /** In the order given. Everything else is ordered by article id or reading order, not input order. */
  articles: ComparedArticle[];
  sentences: ComparedSentence[];
  claims: Claim[];
  /** Sentence ids in no claim. */
  unique: string[];
  rows: ComparisonRow[];
  facts: { entities: EntityFact[]; numbers: NumberFact[]; quotes: QuoteFact[] };
  omissions: Omission[];
  wordChoice: { contrasts: WordContrast[]; distinctive: DistinctiveWords[] };
  sharedCopy: SharedCopy[];
  coverage: Coverage;
  /** Corrections that could not be applied (their sentences no longer exist), so the UI can say so. */
  staleCorrections: number;
}
