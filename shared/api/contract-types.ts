/** Result shapes used only by the API contract. */

export interface AppInfo {
  name: 'Parallax';
  version: string;
  /** Which shell serves the UI: the Electron app or browser mode. */
  shell: 'electron' | 'web';
  libraryPath: string;
  settingsPath: string;
  articleCount: number;
  storyCount: number;
}

/**
 * The original file of an article for the reader. `unsafeHtml` is the saved page as it was: the
 * renderer must sanitize it (DOMPurify) before showing it, under a CSP that blocks scripts and
 * all network requests.
 */
export interface ArticleOriginalView {
  fileName: string;
  mediaType: string;
  size: number;
  /** Raw HTML for HTML-like originals (decoded as UTF-8); absent for other kinds. */
  unsafeHtml?: string;
  /** Plain text for text-like originals (txt, md, json) or extracted text of binary ones. */
  text?: string;
}

/** A proposed grouping of articles into a story, for the user to accept, edit or dismiss. */
export interface StorySuggestionView {
  /** Stable for the same proposal, so a dismissal sticks. */
  key: string;
  target: { kind: 'existing'; storyId: string; title: string } | { kind: 'new'; title: string };
  articles: Array<{ id: string; title: string; outlet: string; published?: string }>;
  score: number;
  /** Why these belong together: shared terms, names and numbers. */
  evidence: { terms: string[]; entities: string[]; numbers: string[] };
}

export interface OutletCount {
  name: string;
  count: number;
}
