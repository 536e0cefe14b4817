import iconv from 'iconv-lite';
import chardet from 'chardet';

/**
 * Bytes → text for saved pages and text files. The order follows what browsers do, so a
 * page imports with the text its author's readers saw: a byte-order mark wins, then the
 * transport's charset (MHTML part / HTTP header), then the document's own declaration
 * (<meta charset>, http-equiv, XML declaration), then valid UTF-8, then statistical detection.
 */
export interface DecodedText {
  text: string;
  /** iconv-lite name of the encoding used, e.g. "utf-8", "windows-1251". */
  encoding: string;
  /** False when the encoding was guessed statistically (the user may want to check the text). */
  confident: boolean;
}

const PRESCAN_BYTES = 4096;

export function decodeBytes(bytes: Uint8Array, opts: { contentType?: string; isHtml?: boolean } = {}): DecodedText {
  const bom = sniffBom(bytes);
  if (bom) return { text: iconv.decode(Buffer.from(bytes.subarray(bom.length)), bom.encoding), encoding: bom.encoding, confident: true };

  const declared = charsetFromContentType(opts.contentType) ?? (opts.isHtml !== false ? charsetFromMarkup(bytes) : undefined);
  if (declared && declared !== 'utf-8') return decodeWith(bytes, declared, true);

  // Declared UTF-8 or undeclared: valid UTF-8 is decoded once, here (decoding is a large share of reading a page).
  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', confident: true };
  if (declared === 'utf-8' && !mislabelledUtf8(bytes)) return decodeWith(bytes, declared, true);
  return decodeWith(bytes, detectEncoding(bytes), false);
}

/**
 * A page that says UTF-8 but is mostly not (a windows-1251 page saved with a wrong meta tag, a
 * common server misconfiguration). A stray bad byte in real UTF-8 stays UTF-8: only when many of
 * the non-ASCII characters fail to decode is the label overruled. Called for bytes that are not valid UTF-8.
 */
function mislabelledUtf8(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  let nonAscii = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (ch === '\uFFFD') bad++;
  }
  return bad >= 8 && bad > nonAscii * 0.2;
}

function decodeWith(bytes: Uint8Array, encoding: string, confident: boolean): DecodedText {
  return { text: iconv.decode(Buffer.from(bytes), encoding, { stripBOM: true }), encoding, confident };
}

function sniffBom(b: Uint8Array): { encoding: string; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** The charset parameter of a Content-Type value, when iconv-lite knows it. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return m ? normaliseLabel(m[1] ?? '') : undefined;
}

/**
 * The document's own declaration in its first bytes: <meta charset>, <meta http-equiv
 * content="…charset=…">, or <?xml encoding="…"?>. Read as Latin-1 so any byte is a char;
 * every declaration is ASCII.
 */
export function charsetFromMarkup(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const patterns = [
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i,
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i,
  ];
  for (const re of patterns) {
    const m = re.exec(head);
    const label = m ? normaliseLabel(m[1] ?? '') : undefined;
    if (label) return label;
  }
  return undefined;
}

/**
 * Map a declared label to the decoder a browser would use (WHATWG Encoding Standard):
 * "latin1"/"iso-8859-1"/"ascii" mean windows-1252; a UTF-16 declaration inside an 8-bit
 * stream means UTF-8; unknown labels are ignored.
 */
function normaliseLabel(label: string): string | undefined {
  const l = label.trim().toLowerCase();
  if (!l) return undefined;
  if (/^(?:iso-?8859-1|latin-?1|l1|us-ascii|ascii|iso_8859-1|cp819|ibm819)$/.test(l)) return 'windows-1252';
  if (/^(?:utf-?16(?:le|be)?|unicode)$/.test(l)) return 'utf-8';
  if (l === 'x-user-defined') return 'windows-1252';
  if (/^(?:x-)?(?:sjis|shift[-_]jis|ms_kanji|windows-31j|cp932)$/.test(l)) return 'shift_jis';
  return iconv.encodingExists(l) ? l : undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The text when the bytes are valid UTF-8 (a valid multi-byte stream is almost never another encoding), else undefined. */
export function decodeStrictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** 8-bit Cyrillic code pages that chardet's models confuse with each other. */
const CYRILLIC = ['windows-1251', 'koi8-r', 'iso-8859-5', 'ibm866'];

/**
 * Statistical guess for undeclared, non-UTF-8 bytes. chardet ranks candidates; for
 * Cyrillic, where its n-gram models confuse the 8-bit code pages on short texts, the
 * winner is re-checked by decoding with each Cyrillic code page and preferring the text
 * whose letters are mostly lower case (real prose is; a wrong code page swaps cases).
 */
function detectEncoding(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 64 * 1024);
  const ranked = chardet.analyse(sample);
  const best = ranked[0]?.name?.toLowerCase();
  const top = ranked[0];
  const looksCyrillic = !!top && (CYRILLIC.includes(top.name.toLowerCase()) || /^(?:ru|uk|bg|be|sr|mk)$/.test(top.lang ?? ''));
  if (looksCyrillic) return pickCyrillic(sample);
  if (best && iconv.encodingExists(best)) return normaliseLabel(best) ?? best;
  return 'windows-1252';
}

function pickCyrillic(sample: Uint8Array): string {
  let bestEnc = 'windows-1251';
  let bestScore = -Infinity;
  for (const enc of CYRILLIC) {
    const text = iconv.decode(Buffer.from(sample), enc);
    const lower = (text.match(/[а-яё]/g) ?? []).length;
    const upper = (text.match(/[А-ЯЁ]/g) ?? []).length;
    const common = (text.match(/[оеаинтс]/g) ?? []).length;
    const score = lower - 2 * upper + common;
    if (score > bestScore) { bestScore = score; bestEnc = enc; }
  }
  return bestEnc;
}
