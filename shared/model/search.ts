/** Search request and response: plain data shared by the contract, the engine and the UI. */

export interface SearchFilters {
  /** Only these outlets (display names). Empty or absent: all. */
  outlets?: string[];
  /** Inclusive ISO dates (YYYY-MM-DD) on the article's published date. */
  from?: string;
  to?: string;
  /** Only articles in this story. */
  storyId?: string;
  /** Only articles in no story. */
  notInStory?: boolean;
}

export interface SearchRequest {
  /** lunr syntax (`+required -excluded field:term term* term~1 term^2`) plus "exact phrases". */
  query: string;
  filters?: SearchFilters;
  sort?: 'relevance' | 'date-desc' | 'date-asc';
  /** Page size (default 50) and offset. */
  limit?: number;
  offset?: number;
}

/** A [start, end) range of a highlighted match inside a snippet's `text`. */
export type HighlightRange = [start: number, end: number];

export interface SearchSnippet {
  text: string;
  highlights: HighlightRange[];
  /** Offset of the snippet's first character in the article's clean text, to open the reader at the hit. */
  offset: number;
}

export interface SearchHit {
  id: string;
  score: number;
  title: string;
  /** Highlights inside the title, when the title matched. */
  titleHighlights: HighlightRange[];
  outlet: string;
  published?: string;
  language: string;
  snippets: SearchSnippet[];
}

/** A query lunr (or our phrase layer) could not parse: `start`/`end` point into the query string so the UI can underline it. */
export interface QuerySyntaxProblem {
  message: string;
  start: number;
  end: number;
}

export interface SearchResponse {
  hits: SearchHit[];
  total: number;
  /**
   * True when `total` is an estimate: phrase queries check the stored text of candidates in
   * result order only until the page is full and a sample has been checked (checking thousands
   * of articles would make typing slow); the estimate scales the sample's share to all candidates.
   */
  totalIsEstimate?: boolean;
  tookMs: number;
  /** Present instead of hits when the query is malformed. */
  problem?: QuerySyntaxProblem;
}

export interface SearchIndexStatus {
  state: 'ready' | 'building' | 'rebuilding' | 'empty';
  documents: number;
  segments: number;
  /** 0..1 while building. */
  progress?: number;
  lastError?: string;
}
