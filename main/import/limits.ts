/**
 * Size limits for import, in one place so the reasons users see ("over the size limit of 50 MB")
 * and the checks that produce them cannot drift apart.
 */

const MiB = 1024 * 1024;

/** Largest input file we read at all: bigger files are refused before any parsing. */
export const MAX_FILE_BYTES = 50 * MiB;

/**
 * Zip containers (.docx): the sum of the uncompressed sizes their entries may have. Real Word
 * files, even 100-article Nexis exports with images, stay far below this; a "zip bomb" (a few KB
 * that inflate to gigabytes) does not.
 */
export const MAX_ZIP_TOTAL_UNCOMPRESSED_BYTES = 300 * MiB;

/** One zip entry may not inflate past this (word/document.xml of a huge export is ~20 MB). */
export const MAX_ZIP_ENTRY_UNCOMPRESSED_BYTES = 200 * MiB;

/** A zip may not hold more entries than this (zip bombs also come as millions of tiny files). */
export const MAX_ZIP_ENTRIES = 10_000;

/** PDFs longer than this are read only up to this page, with the rest reported (not silently cut). */
export const MAX_PDF_PAGES = 2_000;

/** MHTML archives: at most this many MIME parts are looked at while searching for the page. */
export const MAX_MHTML_PARTS = 5_000;

/** Multi-record files (NDJSON, JSON arrays, exports): more records than this are reported as failed parts. */
export const MAX_RECORDS_PER_FILE = 100_000;

/** Human form of a byte count for messages ("50 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes >= MiB) return `${Math.round((bytes / MiB) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
