import { ImportError, type RawDocument } from '../raw-document';
import { MAX_RECORDS_PER_FILE } from '../limits';
import { bodyOf, pickField, recordMeta } from './record-fields';

/**
 * Article records as JSON: one object, an array of them, an object wrapping the array
 * ({"articles": […]}), or NDJSON (one per line). One RawDocument per record; a record that is
 * not an object, has no body, or (NDJSON) a line that is not JSON becomes a failed part named by
 * its number, and the others still import.
 */
export function readJsonFile(text: string, kind: 'json' | 'ndjson'): RawDocument[] {
  const source = text.replace(/^\uFEFF/, '');
  if (kind === 'ndjson') return readLines(source);
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    // Many "JSON" dumps are really one object per line.
    if (source.trim().split('\n').length > 1 && /^\s*\{/.test(source)) return readLines(source);
    throw new ImportError('corrupt', `invalid JSON: ${(error as Error).message}; check the file or save one record per line (NDJSON)`);
  }
  return recordsToDocuments(recordList(value).map((record) => ({ record })), 'record');
}

function readLines(source: string): RawDocument[] {
  const entries: Array<{ record?: unknown; error?: string; line: number }> = [];
  source.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      entries.push({ record: JSON.parse(line), line: i + 1 });
    } catch (error) {
      entries.push({ error: `line ${i + 1} is not valid JSON (${(error as Error).message})`, line: i + 1 });
    }
  });
  return recordsToDocuments(entries, 'line');
}

/** The records in a parsed JSON value: an array, a wrapper's array field, or the single object. */
function recordList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (bodyOf(pickField(obj, 'body')) === '' && !pickField(obj, 'html')) {
      const wrapped = ['articles', 'items', 'data', 'results', 'records', 'documents', 'docs', 'entries', 'posts'].map((k) => obj[k]);
      const list = wrapped.find(Array.isArray);
      if (list) return list;
    }
  }
  return [value];
}

function recordsToDocuments(entries: Array<{ record?: unknown; error?: string; line?: number }>, unit: 'record' | 'line'): RawDocument[] {
  if (entries.length === 0) throw new ImportError('no-article-text', 'no article records found: the JSON file is empty');
  const docs = entries.slice(0, MAX_RECORDS_PER_FILE).map((entry, part): RawDocument => {
    const where = unit === 'line' ? `line ${entry.line}` : `record ${part + 1}`;
    if (entry.error) return { kind: 'failed', part, sourceKind: 'json', reason: entry.error };
    return recordToDocument(entry.record, part, where);
  });
  if (entries.length > MAX_RECORDS_PER_FILE) {
    docs.push({
      kind: 'failed',
      part: docs.length,
      sourceKind: 'json',
      reason: `${entries.length - MAX_RECORDS_PER_FILE} more records were not read (limit ${MAX_RECORDS_PER_FILE} a file); split the file`,
    });
  }
  return docs;
}

function recordToDocument(record: unknown, part: number, where: string): RawDocument {
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    return { kind: 'failed', part, sourceKind: 'json', reason: `${where} is not an object with article fields` };
  }
  const obj = record as Record<string, unknown>;
  const meta = recordMeta(obj);
  const body = bodyOf(pickField(obj, 'body'));
  if (body) return { kind: 'text', text: body, meta, parseHeaderLines: false, sourceKind: 'json', part };
  const html = pickField(obj, 'html');
  if (typeof html === 'string' && html.trim()) {
    return { kind: 'html', html, ...(meta.url ? { url: meta.url } : {}), sourceKind: 'json', part };
  }
  const name = meta.title ? ` ("${meta.title.slice(0, 60)}")` : '';
  return {
    kind: 'failed',
    part,
    sourceKind: 'json',
    reason: `${where}${name} has no body text (expected a field such as "body", "text", "content" or "articleBody")`,
  };
}
