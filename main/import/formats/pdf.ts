import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ImportError, type RawDocument } from '../raw-document';
import { MAX_PDF_PAGES } from '../limits';
import { itemsToLines, pagesToParagraphs, type PdfLine } from './pdf-layout';
import { looksLikeResearchExport, splitResearchExport } from './research-export';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/** pdfjs's own font data, so text from the 14 standard fonts decodes without network access. */
function standardFontDataUrl(): string {
  const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  const dir = path.join(path.dirname(pkg), 'standard_fonts') + path.sep;
  return process.platform === 'win32' ? pathToFileURL(dir).href : dir;
}

/**
 * A PDF's text layer, rebuilt into paragraphs. Scanned PDFs (no text layer) fail with "no article
 * text"; PDFs that need a password fail as encrypted; damaged ones as corrupt. A Nexis or Factiva
 * export saved as PDF is split into its articles like the Word version.
 */
export async function readPdfFile(bytes: Uint8Array): Promise<RawDocument[]> {
  const lib = await (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  try {
    doc = await lib.getDocument({
      data: bytes.slice(), // pdfjs takes ownership of (detaches) the buffer it is given
      standardFontDataUrl: standardFontDataUrl(),
      disableFontFace: true,
      useSystemFonts: false,
      isEvalSupported: false,
      useWorkerFetch: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw openError(error);
  }
  try {
    const pageCount = Math.min(doc.numPages, MAX_PDF_PAGES);
    const pages: PdfLine[][] = [];
    for (let n = 1; n <= pageCount; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) =>
        'str' in item ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, height: item.height }] : [],
      );
      pages.push(itemsToLines(items));
      page.cleanup();
    }
    const isExport = looksLikeResearchExport(pages.flat().map((l) => l.text));
    const paragraphs = pagesToParagraphs(pages, { breakAtShortLines: isExport });
    if (paragraphs.join('').trim().length === 0) {
      throw new ImportError('no-article-text', 'no article text found: the PDF has no text layer (a scan); run OCR on it ("make searchable") and import it again');
    }
    const docs = (isExport && splitResearchExport(paragraphs)) || [await singleArticle(doc, paragraphs)];
    if (doc.numPages > pageCount) {
      docs.push({
        kind: 'failed',
        part: docs.length,
        sourceKind: 'pdf',
        reason: `pages ${pageCount + 1}–${doc.numPages} were not read (limit ${MAX_PDF_PAGES} pages); split the PDF to import the rest`,
      });
    }
    return docs;
  } finally {
    await doc.destroy();
  }
}

async function singleArticle(doc: { getMetadata(): Promise<{ info: object }> }, paragraphs: string[]): Promise<RawDocument> {
  const info = (await doc.getMetadata().catch(() => ({ info: {} }))).info as { Title?: unknown };
  const title = typeof info.Title === 'string' ? info.Title.trim() : '';
  // Document properties often hold the authoring file's name ("Microsoft Word - draft3.docx"), not a headline.
  const usable = title.length > 3 && !/\.(docx?|pdf|html?|indd|txt|rtf)$|^(microsoft word|untitled)\b/i.test(title);
  return {
    kind: 'text',
    text: paragraphs.join('\n\n'),
    meta: usable ? { title } : {},
    parseHeaderLines: true,
    sourceKind: 'pdf',
    part: 0,
  };
}

function openError(error: unknown): ImportError {
  const name = (error as { name?: string }).name;
  if (name === 'PasswordException') {
    return new ImportError('encrypted', 'encrypted PDF: it needs a password to open; save an unprotected copy and import that');
  }
  const message = String((error as Error).message ?? error).replace(/\s+/g, ' ').slice(0, 160);
  return new ImportError('corrupt', `corrupt PDF (${message}); download or export it again`);
}
