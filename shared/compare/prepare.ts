/**
 * Step 1 (segment + normalise): each article becomes a list of sentences with tokens and
 * the bag of content stems the later steps score on.
 */
import { segmentSentences } from '../text/segment';
import { contentStems, isEnglishLanguage, tokenize, type Token } from '../text/normalize';
import { passageKey } from './pair-scores';
import type { ComparedArticle, ComparedSentence, SentencePosition } from './types';

export interface ArticleInput {
  id: string;
  outlet: string;
  title: string;
  text: string;
  language?: string;
  published?: string;
  url?: string;
  authors?: string[];
}

/** A sentence plus what the engine needs to work on it. Not part of the record. */
export interface WorkSentence {
  record: ComparedSentence;
  /** Index of the article in the canonical (id-sorted) order. */
  article: number;
  tokens: Token[];
  /** Language and wording: equal for sentences worded alike (see pair-scores.ts). */
  key: string;
  /** Content stems, with repeats. */
  stems: string[];
  /** Distinct content stems. */
  stemSet: Set<string>;
  /** Distinct numeric values. */
  numbers: Set<number>;
}

export interface WorkArticle {
  input: ArticleInput;
  record: ComparedArticle;
  headline: WorkSentence;
  /** Body sentences in order. */
  sentences: WorkSentence[];
}

/** The language an article is compared in: the given one, or English when unknown. */
export function comparedLanguage(language: string | undefined): { language: string; assumed: boolean } {
  const l = (language ?? '').trim().toLowerCase();
  if (!l || l === 'und') return { language: 'en', assumed: true };
  return { language: l, assumed: false };
}

export function prepareArticle(input: ArticleInput, articleIndex: number): WorkArticle {
  const { language, assumed } = comparedLanguage(input.language);
  const text = input.text;
  const headline = makeSentence(input.id, articleIndex, input.title, 'title', 0, input.title.length, -1, -1, 'headline', language);
  const sentences = segmentSentences(text, language).map((s, i) =>
    makeSentence(input.id, articleIndex, text, 'text', s.start, s.end, s.paragraph, i, s.paragraph === 0 ? 'lede' : 'paragraph', language),
  );
  const wordCount = sentences.reduce((n, s) => n + s.tokens.filter((t) => t.kind !== 'punct').length, 0);
  const record: ComparedArticle = {
    id: input.id,
    outlet: input.outlet,
    title: input.title,
    language,
    languageAssumed: assumed,
    stemmer: isEnglishLanguage(language) ? 'lunr-en' : 'none',
    authors: input.authors ?? [],
    sentenceCount: sentences.length,
    wordCount,
  };
  if (input.published) record.published = input.published;
  if (input.url) record.url = input.url;
  return { input, record, headline, sentences };
}

function makeSentence(
  articleId: string,
  article: number,
  source: string,
  field: 'title' | 'text',
  start: number,
  end: number,
  paragraph: number,
  index: number,
  position: SentencePosition,
  language: string,
): WorkSentence {
  const tokens = tokenize(source, start, end, language);
  const stems = contentStems(tokens);
  const numbers = new Set<number>();
  for (const t of tokens) if (t.value !== undefined) numbers.add(t.value);
  return {
    record: {
      id: `${articleId}#${index < 0 ? 'h' : index}`,
      articleId,
      field,
      start,
      end,
      text: source.slice(start, end),
      position,
      paragraph,
      index,
      sharedCopy: false,
    },
    article,
    tokens,
    key: passageKey(language, source.slice(start, end)),
    stems,
    stemSet: new Set(stems),
    numbers,
  };
}
