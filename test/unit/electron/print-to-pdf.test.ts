import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PRINT_TO_PDF_CHANNEL } from '../../../shared/api/bridge';
import type { IpcMainLike } from '../../../main/electron/ipc-handlers';
import { isAppUrl } from '../../../main/electron/app-protocol-url';
import { registerPrintToPdf, safePdfName, type PrintToPdfDeps } from '../../../main/electron/print-to-pdf';

/** A stand-in for ipcMain: the handler is called as Electron would call it. */
function fakeIpc() {
  const handlers = new Map<string, (event: never, ...args: unknown[]) => Promise<unknown>>();
  const ipc: IpcMainLike = { handle: (c, l) => void handlers.set(c, l as never), removeHandler: (c) => void handlers.delete(c) };
  const invoke = (url: string, arg: unknown) => handlers.get(PRINT_TO_PDF_CHANNEL)!({ senderFrame: { url }, sender: { id: 'page' } } as never, arg);
  return { ipc, handlers, invoke };
}

describe('desktop "Save as PDF"', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-pdf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const pdfBytes = new TextEncoder().encode('%PDF-1.7 fake');

  it('asks where, prints the sender page and writes the file there', async () => {
    const asked: string[] = [];
    const deps: PrintToPdfDeps = {
      chooseFile: async (_sender, name) => (asked.push(name), path.join(dir, name)),
      printToPdf: async (sender) => (expect(sender).toEqual({ id: 'page' }), pdfBytes),
    };
    const t = fakeIpc();
    registerPrintToPdf(t.ipc, isAppUrl, deps);
    const result = await t.invoke('parallax://app/index.html', { suggestedName: 'Kremlin meeting — comparison' });
    expect(asked).toEqual(['Kremlin meeting — comparison.pdf']);
    expect(result).toEqual({ saved: true, path: path.join(dir, 'Kremlin meeting — comparison.pdf') });
    expect(readFileSync(path.join(dir, 'Kremlin meeting — comparison.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
  });

  it('reports a cancelled dialog as not saved, without an error, and prints nothing', async () => {
    let printed = 0;
    const t = fakeIpc();
    registerPrintToPdf(t.ipc, isAppUrl, { chooseFile: async () => undefined, printToPdf: async () => (printed++, pdfBytes) });
    expect(await t.invoke('parallax://app/index.html', { suggestedName: 'x' })).toEqual({ saved: false });
    expect(printed).toBe(0);
  });

  it('refuses a page that is not ours, and turns failures into a message', async () => {
    const t = fakeIpc();
    registerPrintToPdf(t.ipc, isAppUrl, {
      chooseFile: async () => path.join(dir, 'no-such-folder', 'x.pdf'),
      printToPdf: async () => pdfBytes,
    });
    expect(await t.invoke('https://evil.example/', { suggestedName: 'x' })).toMatchObject({ saved: false, error: expect.stringContaining('untrusted page') });
    expect(await t.invoke('parallax://app/index.html', { suggestedName: 'x' })).toMatchObject({ saved: false, error: expect.stringContaining('could not save the PDF') });
  });

  it('makes a safe file name from the suggestion', () => {
    expect(safePdfName('../../etc/passwd')).toBe('.. .. etc passwd.pdf');
    expect(safePdfName('a:b*c?.PDF')).toBe('a b c.pdf');
    expect(safePdfName('')).toBe('comparison.pdf');
    expect(safePdfName(42)).toBe('comparison.pdf');
  });
});
