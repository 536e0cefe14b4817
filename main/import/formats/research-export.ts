import type { RawDocument } from '../raw-document';
import { isFactivaText, splitFactivaText } from './factiva-text';
import { isNexisUni, splitNexisUni } from './nexis';
import { isNexisClassic, splitNexisClassic } from './nexis-classic';

/**
 * If these paragraphs (from a Word, RTF, PDF or text file) are a Nexis or Factiva export, the
 * articles in it, one RawDocument each (failed parts included); otherwise undefined and the file is
 * read as one article.
 */
/** Whether the lines carry a Nexis or Factiva export's markers (cheap; decides how PDF lines are grouped). */
export function looksLikeResearchExport(lines: string[]): boolean {
  return isNexisUni(lines) || isNexisClassic(lines) || isFactivaText(lines);
}

export function splitResearchExport(paragraphs: string[]): RawDocument[] | undefined {
  if (isNexisUni(paragraphs)) return splitNexisUni(paragraphs);
  if (isNexisClassic(paragraphs)) return splitNexisClassic(paragraphs);
  if (isFactivaText(paragraphs)) return splitFactivaText(paragraphs);
  return undefined;
}
