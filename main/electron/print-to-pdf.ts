import { writeFile } from 'node:fs/promises';
import { PRINT_TO_PDF_CHANNEL, type PrintToPdfOptions, type PrintToPdfResult } from '../../shared/api/bridge';
import type { IpcMainLike } from './ipc-handlers';

/** What we use of Electron here, so the handler is tested without Electron. */
export interface PrintToPdfDeps {
  /** Asks where to save; undefined when the user cancels. */
  chooseFile(sender: unknown, suggestedName: string): Promise<string | undefined>;
  /** webContents.printToPDF of the sender: the page as laid out by its print stylesheet. */
  printToPdf(sender: unknown): Promise<Uint8Array>;
  write?(file: string, data: Uint8Array): Promise<void>;
}

interface PdfEventLike {
  senderFrame: { url: string } | null;
  sender: unknown;
}

/**
 * The comparison's "Save as PDF" in the desktop app: asks for a file name, prints the sender's
 * page with its print stylesheet (every row rendered, panels hidden), writes the file. Only our
 * own app page may ask. Failures come back as a message, never as a thrown error across the bridge.
 */
export function registerPrintToPdf(ipc: IpcMainLike, isTrustedUrl: (url: string) => boolean, deps: PrintToPdfDeps): () => void {
  ipc.handle(PRINT_TO_PDF_CHANNEL, async (event, arg): Promise<PrintToPdfResult> => {
    const e = event as PdfEventLike;
    const url = e.senderFrame?.url ?? '';
    if (!isTrustedUrl(url)) return { saved: false, error: `refused a PDF request from an untrusted page (${url || 'unknown'})` };
    const suggestedName = safePdfName((arg as Partial<PrintToPdfOptions> | undefined)?.suggestedName);
    try {
      const file = await deps.chooseFile(e.sender, suggestedName);
      if (!file) return { saved: false };
      const data = await deps.printToPdf(e.sender);
      await (deps.write ?? writeFile)(file, data);
      return { saved: true, path: file };
    } catch (err) {
      return { saved: false, error: `could not save the PDF: ${(err as Error).message}` };
    }
  });
  return () => ipc.removeHandler(PRINT_TO_PDF_CHANNEL);
}

/** A file name from the page's suggestion: no folders, no characters file systems refuse, ending in .pdf. */
export function safePdfName(name: unknown): string {
  const base = (typeof name === 'string' ? name : '')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\.pdf$/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'comparison'}.pdf`;
}
