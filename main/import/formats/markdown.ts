import type { RawDocument } from '../raw-document';
import { recordMeta } from './record-fields';

/**
 * Markdown → plain text with the same paragraphs: headings keep their text (each its own
 * paragraph, so a leading "# Title" becomes the headline line), emphasis, code marks, link and
 * image syntax, list and quote markers, rules, tables and inline HTML are removed; YAML front
 * matter (title, author, date, url, source…) becomes metadata.
 */
export function readMarkdown(text: string): RawDocument[] {
  const { body, fields } = splitFrontMatter(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  return [{ kind: 'text', text: markdownToText(body), meta: fields ? recordMeta(fields) : {}, parseHeaderLines: true, sourceKind: 'markdown', part: 0 }];
}

export function markdownToText(markdown: string): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let fenced = false;
  const flush = (): void => {
    const p = current.join(' ').replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = [];
  };
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) {
      flush();
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      if (line.trim()) paragraphs.push(line.trim());
      continue;
    }
    if (line.trim() === '' || /^\s*([-*_])(\s*\1){2,}\s*$/.test(line) || /^\s*\|?[\s:|-]+-[\s:|-]*$/.test(line)) {
      flush(); // blank line, horizontal rule, or table separator row
      continue;
    }
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) continue; // link reference definition
    if (/^\s{0,3}(=+|-+)\s*$/.test(lines[i + 1] ?? '') && current.length === 0) {
      paragraphs.push(inline(line)); // setext heading: text line over a === or --- line
      i++;
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      paragraphs.push(inline(heading[1]!));
      continue;
    }
    line = line.replace(/^\s*(>\s?)+/, '');
    const item = /^\s*([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush(); // each list item its own paragraph
      current.push(inline(item[2]!));
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      flush(); // each table row its own paragraph, cells separated by a middle dot
      paragraphs.push(inline(line.trim().slice(1, -1).split('|').map((c) => c.trim()).join(' · ')));
      continue;
    }
    current.push(inline(line));
    if (/ {2}$|\\$|<br\s*\/?>\s*$/i.test(lines[i]!)) flush(); // hard line break
  }
  flush();
  return paragraphs.filter((p) => p !== '').join('\n\n');
}

function inline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '') // images go (their alt text is a caption)
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>]+)>/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/`+([^`]+)`+/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*/g, '$1$2')
    .replace(/(^|\W)_(?=\S)([^_]*?\S)_(?=\W|$)/g, '$1$2')
    .replace(/~~(?=\S)([^]*?\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1')
    .replace(/\s+$/, '');
}

function splitFrontMatter(text: string): { body: string; fields?: Record<string, unknown> } {
  const match = /^---\n([^]*?)\n(---|\.\.\.)\n/.exec(text);
  if (!match) return { body: text };
  const fields: Record<string, unknown> = {};
  for (const line of match[1]!.split('\n')) {
    const kv = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (!kv) continue;
    const raw = kv[2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
    const list = /^\[(.*)\]$/.exec(raw);
    fields[kv[1]!] = list ? list[1]!.split(',').map((v) => v.trim().replace(/^(["'])(.*)\1$/, '$2')) : raw;
  }
  return { body: text.slice(match[0].length), fields };
}
