import type { ExtractedArticle, SourceKind } from '../../shared/model/article';

/**
 * What a format reader hands to extraction: one entry per article found in an input file.
 * A single file may hold many (Nexis, Factiva, NDJSON exports). A part that cannot be read
 * is reported as `failed` with a reason so no article is ever dropped silently.
 */
export type RawDocument =
  | {
      kind: 'html';
      html: string;
      /** The page's address when the container knew it (MHTML Content-Location, SingleFile comment, saved-from comment). */
      url?: string;
      sourceKind: SourceKind;
      part: number;
    }
  | {
      kind: 'text';
      text: string;
      /** Metadata the container already knew (JSON fields, Nexis headers); wins over what is guessed from the text. */
      meta: Partial<Omit<ExtractedArticle, 'text' | 'removed'>>;
      /** Look for "Title:", "URL:", "Source:" header lines and a first-line headline (plain .txt/.md), or not (structured exports). */
      parseHeaderLines: boolean;
      sourceKind: SourceKind;
      part: number;
    }
  | { kind: 'failed'; part: number; reason: string; sourceKind: SourceKind };

/**
 * An expected, explainable failure for one input file: the message is shown to the user as
 * the one-line reason ("encrypted PDF", "no article text found", …). Anything else thrown
 * by a reader is a bug and is reported as "unreadable: <message>".
 */
export class ImportError extends Error {
  constructor(
    readonly reason: ImportFailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

export type ImportFailureReason =
  | 'unsupported-type'
  | 'no-article-text'
  | 'corrupt'
  | 'encrypted'
  | 'too-large'
  | 'unreadable'
  | 'empty';
