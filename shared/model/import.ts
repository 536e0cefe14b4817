/** Import requests and the per-file report the user sees. */

/** Where an import reads from. Electron and the CLI pass paths; browser mode uploads bytes; a paste is text. */
export type ImportSource =
  | { kind: 'path'; path: string }
  | { kind: 'bytes'; name: string; base64: string }
  | { kind: 'text'; text: string; name?: string };

export type ImportFileStatus = 'imported' | 'duplicate' | 'failed' | 'cancelled';

export interface ImportedArticleRef {
  id: string;
  title: string;
  outlet: string;
  /** Set when this is a new version of an existing article (same outlet and URL). */
  versionOf?: string;
  /** Other articles that share long verbatim runs (wire copy). */
  sharesTextWith?: string[];
}

export interface ImportFileResult {
  /** The path, upload name or "pasted text". */
  file: string;
  status: ImportFileStatus;
  /** One line: why it failed, what it duplicates, how many articles it held. */
  message: string;
  articles: ImportedArticleRef[];
  /** For a duplicate: the existing article's id. */
  duplicateOf?: string;
  /** Parts of a multi-article file that failed (the rest was imported). */
  failedParts?: { part: number; reason: string }[];
}

export interface ImportReport {
  jobId: string;
  results: ImportFileResult[];
  summary: { files: number; imported: number; articles: number; duplicates: number; failed: number; cancelled: number };
  elapsedMs: number;
}
