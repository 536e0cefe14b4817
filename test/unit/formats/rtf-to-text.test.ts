import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { rtfToText } from '../../../main/import/formats/rtf-to-text';

describe('rtfToText', () => {
  it('keeps body text and paragraph breaks, drops tables of fonts, colours, info and pictures', () => {
    const rtf =
      '{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}{\\colortbl;\\red255\\green0\\blue0;}' +
      '{\\info{\\title Secret title}}{\\*\\generator Msftedit;}' +
      '\\pard\\b Harbour bridge\\b0\\par\r\nIt {\\i reopened}\\line today.\\par' +
      '{\\pict\\pngblip 89504e47}{\\header Page header}}';
    expect(rtfToText(rtf)).toBe('Harbour bridge\nIt reopened\ntoday.\n');
  });

  it('decodes \\\'hh bytes in the document code page', () => {
    const hex = [...iconv.encode('Мост', 'windows-1251')].map((b) => `\\'${b.toString(16)}`).join('');
    expect(rtfToText(`{\\rtf1\\ansi\\ansicpg1251 ${hex}\\par}`)).toBe('Мост\n');
    expect(rtfToText("{\\rtf1\\ansi Caf\\'e9\\par}")).toBe('Café\n');
  });

  it('reads \\uN characters and skips their fallbacks (\\ucN)', () => {
    expect(rtfToText('{\\rtf1\\ansi Br\\u252?cke \\u-3913?\\par}')).toBe('Brücke \uf0b7\n');
    expect(rtfToText("{\\rtf1\\ansi\\uc2 \\u1052\\'cc\\'cc\\u1086\\'ee\\'ee!\\par}")).toBe('Мо!\n');
  });

  it('handles escaped braces and backslashes, tabs, table cells and rows, and field results', () => {
    const rtf =
      '{\\rtf1 a \\{b\\} c\\\\d\\tab e\\par' +
      '\\trowd HD\\cell Headline\\cell\\row ' +
      '{\\field{\\*\\fldinst HYPERLINK "https://x.example"}{\\fldrslt link text}}\\par}';
    expect(rtfToText(rtf)).toBe('a {b} c\\d\te\nHD\tHeadline\t\nlink text\n');
  });
});
