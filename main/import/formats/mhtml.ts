import { ImportError, type RawDocument } from '../raw-document';
import { MAX_MHTML_PARTS } from '../limits';
import { decodeBytes } from '../charset';
import { looksLikeFactivaHtml, readFactivaHtml } from './factiva-html';
import { decodeTransferEncoding, parseMimeEntity, type MimePart } from './mime';

/**
 * A web archive (.mhtml/.mht from Chrome "Save as single file", Edge/IE, Word): the page is the
 * text/html part; its address is that part's Content-Location (or the archive's
 * Snapshot-Content-Location). Images and styles in the other parts are not needed for text.
 */
export function readMhtmlFile(bytes: Uint8Array): RawDocument[] {
  const raw = Buffer.from(bytes).toString('latin1');
  const { top, parts } = parseMimeEntity(raw, MAX_MHTML_PARTS);
  if (!top.headers.has('content-type')) {
    throw new ImportError('corrupt', 'not a valid MHTML web archive (no MIME headers); save the page again or as .html');
  }
  const snapshotUrl = httpUrl(top.headers.get('snapshot-content-location'));
  const htmlParts = parts.filter((p) => /^\s*text\/html/i.test(p.headers.get('content-type') ?? ''));
  const page = htmlParts.find((p) => snapshotUrl && httpUrl(p.headers.get('content-location')) === snapshotUrl) ?? htmlParts[0];
  if (!page) {
    throw new ImportError('no-article-text', 'the MHTML archive holds no HTML page; save the page again in the browser');
  }
  const html = decodePart(page);
  if (looksLikeFactivaHtml(html)) return readFactivaHtml(html);
  const url = httpUrl(page.headers.get('content-location')) ?? snapshotUrl;
  return [{ kind: 'html', html, ...(url ? { url } : {}), sourceKind: 'mhtml', part: 0 }];
}

function decodePart(part: MimePart): string {
  const bytes = decodeTransferEncoding(part.body, part.headers.get('content-transfer-encoding'));
  const contentType = part.headers.get('content-type');
  return decodeBytes(bytes, { ...(contentType ? { contentType } : {}), isHtml: true }).text;
}

function httpUrl(value: string | undefined): string | undefined {
  const trimmed = value?.trim().replace(/^<|>$/g, '');
  return trimmed && /^https?:\/\//i.test(trimmed) ? trimmed : undefined;
}
