/**
 * Just enough MIME (RFC 2045/2046) to read web archives: header blocks with folded lines,
 * multipart bodies split on their boundary, and the quoted-printable / base64 transfer encodings.
 * Works on a "binary string" (one char per byte, latin1) so 8-bit bodies survive until we know
 * their charset.
 */

export interface MimePart {
  /** Header names in lower case. */
  headers: Map<string, string>;
  body: string;
}

export function parseMimeEntity(raw: string, maxParts: number): { top: MimePart; parts: MimePart[] } {
  const top = splitHeaders(raw);
  const parts: MimePart[] = [];
  collectLeafParts(top, parts, maxParts, 0);
  return { top, parts };
}

function splitHeaders(raw: string): MimePart {
  const match = /\r?\n\r?\n/.exec(raw);
  const headerText = match ? raw.slice(0, match.index) : raw;
  const body = match ? raw.slice(match.index + match[0].length) : '';
  const headers = new Map<string, string>();
  let last: string | undefined;
  for (const line of headerText.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(last)) headers.set(last, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function collectLeafParts(entity: MimePart, out: MimePart[], maxParts: number, depth: number): void {
  const type = entity.headers.get('content-type') ?? '';
  const boundary = mimeParam(type, 'boundary');
  if (!/^\s*multipart\//i.test(type) || !boundary || depth > 3) {
    out.push(entity);
    return;
  }
  for (const body of splitMultipart(entity.body, boundary)) {
    if (out.length >= maxParts) return;
    collectLeafParts(splitHeaders(body), out, maxParts, depth + 1);
  }
}

function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const bodies: string[] = [];
  let at = body.startsWith(delimiter) ? 0 : body.indexOf(`\n${delimiter}`);
  while (at !== -1) {
    const lineStart = body[at] === '\n' ? at + 1 : at;
    const afterDelimiter = lineStart + delimiter.length;
    if (body.startsWith('--', afterDelimiter)) break; // closing delimiter
    const contentStart = body.indexOf('\n', afterDelimiter);
    if (contentStart === -1) break;
    const next = body.indexOf(`\n${delimiter}`, contentStart);
    const end = next === -1 ? body.length : next;
    bodies.push(body.slice(contentStart + 1, end).replace(/[\r\n]+$/, ''));
    at = next;
  }
  return bodies;
}

/** A parameter of a structured header: `multipart/related; boundary="----abc"` → `----abc`. */
export function mimeParam(header: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** Undo the Content-Transfer-Encoding: returns the part's bytes. */
export function decodeTransferEncoding(body: string, encoding: string | undefined): Uint8Array {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'base64':
      return new Uint8Array(Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'));
    case 'quoted-printable':
      return new Uint8Array(
        Buffer.from(
          body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ),
      );
    default:
      return new Uint8Array(Buffer.from(body, 'latin1'));
  }
}
