/**
 * Header lines at the top of a saved text file ("Title: …", "URL: …", "Source: …") and
 * YAML front matter of Markdown files: the metadata users and tools write above a pasted
 * article. Only a run of such lines at the very top counts, so a "Source:" line inside the
 * story is left alone.
 */
export type HeaderField = 'title' | 'url' | 'outlet' | 'published' | 'authors' | 'language';

const LABELS: ReadonlyArray<[RegExp, HeaderField]> = [
  [/^(?:title|headline|заголовок|назва|titel|titre)$/i, 'title'],
  [/^(?:url|link|address|source url|original url|ссылка|посилання)$/i, 'url'],
  [/^(?:source|outlet|publisher|publication|site|источник|джерело|издание|видання|quelle)$/i, 'outlet'],
  [/^(?:date|published|publication date|pub date|posted|дата|datum)$/i, 'published'],
  [/^(?:author|authors|byline|by|автор|автори|авторы|autor)$/i, 'authors'],
  [/^(?:language|lang|язык|мова|sprache)$/i, 'language'],
];

export interface ParsedHeaders {
  fields: Partial<Record<HeaderField, string>>;
  /** Lines consumed by the header block (front matter fences included). */
  consumed: number;
}

export function parseHeaderLines(lines: string[]): ParsedHeaders {
  const fields: Partial<Record<HeaderField, string>> = {};
  let i = 0;
  while (i < lines.length && !lines[i]!.trim()) i++;
  const frontMatter = lines[i]?.trim() === '---';
  if (frontMatter) i++;
  let consumed = frontMatter ? 0 : i;
  for (; i < lines.length && i < 40; i++) {
    const line = lines[i]!.trim();
    if (frontMatter && line === '---') return { fields, consumed: i + 1 };
    if (!line) {
      if (frontMatter) continue;
      if (Object.keys(fields).length > 0) consumed = i + 1;
      break;
    }
    const m = /^([\p{L} ]{2,24}?)\s*:\s*(.+)$/u.exec(line);
    const field = m ? LABELS.find(([re]) => re.test(m[1]!.trim()))?.[1] : undefined;
    if (!m || !field) {
      if (frontMatter) continue;
      break;
    }
    const value = m[2]!.trim().replace(/^["']|["']$/g, '');
    if (!fields[field]) fields[field] = value;
    consumed = i + 1;
  }
  // An unclosed front matter is not front matter.
  return frontMatter ? { fields: {}, consumed: 0 } : { fields, consumed };
}
