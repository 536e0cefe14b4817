import { flushSync } from 'react-dom';
import type { PrintToPdfResult } from '../../../../shared/api/bridge';
import type { Transport } from '../../api/client';

/**
 * "Save as PDF" in the desktop app: every row is rendered (virtualisation off, as for the
 * browser's print dialog), the page settles for two frames, then the app prints it to a file of
 * the user's choosing with the print stylesheet.
 */
export async function savePdf(printToPdf: NonNullable<Transport['printToPdf']>, title: string, setPrinting: (on: boolean) => void): Promise<PrintToPdfResult> {
  flushSync(() => setPrinting(true));
  try {
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    return await printToPdf({ suggestedName: `${title} — comparison` });
  } finally {
    setPrinting(false);
  }
}
