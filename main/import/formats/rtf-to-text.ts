import iconv from 'iconv-lite';

/**
 * A small RTF reader that keeps only the visible text: groups, control words, paragraph and line
 * breaks, table cells (tab) and rows (line break), `\'hh` bytes in the document's `\ansicpgN` code
 * page, `\uN` Unicode characters with their `\ucN` fallbacks skipped, and the destinations that
 * hold no body text (font and colour tables, stylesheet, info, pictures, field instructions,
 * headers and footers, anything marked `\*`) dropped.
 */

const SKIPPED_DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'headerl', 'headerr', 'headerf',
  'footer', 'footerl', 'footerr', 'footerf', 'fldinst', 'themedata', 'colorschememapping', 'datastore',
  'latentstyles', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'filetbl', 'revtbl',
  'pgdsctbl', 'listtext', 'pntext', 'pntxta', 'pntxtb', 'shpinst', 'nonshppict', 'bkmkstart', 'bkmkend', 'footnote',
]);

const SYMBOLS: Record<string, string> = {
  par: '\n', line: '\n', sect: '\n', page: '\n', row: '\n', tab: '\t', cell: '\t', nestcell: '\t',
  emdash: '\u2014', endash: '\u2013', bullet: '\u2022', lquote: '\u2018', rquote: '\u2019',
  ldblquote: '\u201c', rdblquote: '\u201d', emspace: ' ', enspace: ' ', qmspace: ' ',
};

interface GroupState {
  skip: boolean;
  uc: number;
}

export function rtfToText(rtf: string): string {
  const out: string[] = [];
  let bytes: number[] = [];
  let codepage = 'windows-1252';
  let state: GroupState = { skip: false, uc: 1 };
  const stack: GroupState[] = [];
  let fallbackToSkip = 0;
  let groupStart = false; // right after "{": the next control word may name a destination

  const flushBytes = (): void => {
    if (bytes.length === 0) return;
    out.push(iconv.decode(Buffer.from(bytes), codepage));
    bytes = [];
  };
  const emit = (text: string): void => {
    if (state.skip) return;
    if (fallbackToSkip > 0) {
      fallbackToSkip--;
      return;
    }
    flushBytes();
    out.push(text);
  };
  const emitByte = (byte: number): void => {
    if (state.skip) return;
    if (fallbackToSkip > 0) {
      fallbackToSkip--;
      return;
    }
    bytes.push(byte);
  };

  let i = 0;
  while (i < rtf.length) {
    const ch = rtf[i]!;
    if (ch === '{') {
      stack.push(state);
      state = { ...state };
      groupStart = true;
      fallbackToSkip = 0;
      i++;
      continue;
    }
    if (ch === '}') {
      state = stack.pop() ?? state;
      groupStart = false;
      fallbackToSkip = 0;
      i++;
      continue;
    }
    if (ch !== '\\') {
      groupStart = false;
      if (ch !== '\r' && ch !== '\n') {
        const code = ch.charCodeAt(0);
        if (code >= 0x80) emitByte(code);
        else emit(ch);
      }
      i++;
      continue;
    }
    // A backslash: control symbol or control word.
    const next = rtf[i + 1] ?? '';
    const wasGroupStart: boolean = groupStart;
    groupStart = false;
    if (next === "'") {
      emitByte(parseInt(rtf.slice(i + 2, i + 4), 16) || 0x3f);
      i += 4;
      continue;
    }
    if (!/[a-zA-Z]/.test(next)) {
      i += 2;
      if (next === '*') {
        if (wasGroupStart) state.skip = true; // {\* ...}: a destination we may ignore
        groupStart = wasGroupStart;
      } else if (next === '~') emit('\u00a0');
      else if (next === '_') emit('\u2011');
      else if (next === '\n' || next === '\r') emit('\n');
      else if (next === '\\' || next === '{' || next === '}') emit(next);
      continue;
    }
    const match = /^([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(rtf.slice(i + 1, i + 48))!;
    const word = match[1]!;
    const param = match[2] === undefined ? undefined : Number(match[2]);
    i += 1 + match[0].length;

    if (wasGroupStart && SKIPPED_DESTINATIONS.has(word)) {
      state.skip = true;
    } else if (word === 'bin' && param) {
      i += param; // raw binary data
    } else if (word === 'u' && param !== undefined) {
      emit(String.fromCharCode(param < 0 ? param + 65536 : param));
      fallbackToSkip = state.uc;
    } else if (word === 'uc' && param !== undefined) {
      state.uc = param;
    } else if (word === 'ansicpg' && param) {
      flushBytes();
      codepage = iconv.encodingExists(`cp${param}`) ? `cp${param}` : codepage;
    } else if (SYMBOLS[word] !== undefined) {
      emit(SYMBOLS[word]);
    }
  }
  flushBytes();
  return out.join('');
}
