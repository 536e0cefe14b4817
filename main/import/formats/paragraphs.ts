/**
 * Turns container text into the paragraph list the export splitters work on. Word and RTF give
 * one paragraph per line; plain-text exports hard-wrap paragraphs at ~80 columns and separate
 * them with blank lines, so there wrapped lines are joined back first.
 */
export function paragraphsOf(text: string, layout: 'auto' | 'lines' = 'auto'): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  const hardWrapped = layout === 'auto' && nonEmpty.length < lines.length && nonEmpty.every((l) => l.length <= 100);
  if (!hardWrapped) return nonEmpty.map(clean).filter((l) => l !== '');
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => clean(block.replace(/\s*\n\s*/g, ' ')))
    .filter((p) => p !== '');
}

/**
 * Collapses runs of spaces (including the no-break spaces Nexis puts after labels) and trims.
 * Tabs survive (as one): Factiva's indexed layout separates a field code from its value with one.
 */
export function clean(line: string): string {
  return line.replace(/[\u00a0\u2007\u202f ]+/g, ' ').replace(/ *\t[\t ]*/g, '\t').trim();
}
