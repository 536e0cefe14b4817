import { Inflate } from 'fflate';
import { ImportError } from '../raw-document';
import {
  formatBytes,
  MAX_ZIP_ENTRIES,
  MAX_ZIP_ENTRY_UNCOMPRESSED_BYTES,
  MAX_ZIP_TOTAL_UNCOMPRESSED_BYTES,
} from '../limits';
import { readZipDirectory, ZipFormatError, type ZipEntry } from './zip-directory';

export interface ZipCaps {
  entries: number;
  entryBytes: number;
  totalBytes: number;
}

export const DEFAULT_ZIP_CAPS: ZipCaps = {
  entries: MAX_ZIP_ENTRIES,
  entryBytes: MAX_ZIP_ENTRY_UNCOMPRESSED_BYTES,
  totalBytes: MAX_ZIP_TOTAL_UNCOMPRESSED_BYTES,
};

/**
 * Refuses zip bombs before a library (mammoth → JSZip) inflates the archive in memory. First the
 * sizes the archive declares; then, because a crafted archive can declare small sizes and still
 * inflate to gigabytes, each entry is actually inflated in small chunks, counting output and
 * stopping at the cap, while keeping none of it.
 *
 * `what` names the file for messages, e.g. "Word file". Returns the entries when the archive is safe to unpack.
 */
export function assertZipWithinLimits(bytes: Uint8Array, what: string, caps: ZipCaps = DEFAULT_ZIP_CAPS): ZipEntry[] {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipFormatError) throw new ImportError('corrupt', `corrupt ${what}: ${error.message}; re-save or re-download it`);
    throw error;
  }
  if (entries.length > caps.entries) {
    throw new ImportError('too-large', `the ${what} holds ${entries.length} files inside (limit ${caps.entries}); it is not a normal document`);
  }
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > caps.totalBytes) throw tooLarge(what, caps.totalBytes);
  if (entries.some((e) => e.uncompressedSize > caps.entryBytes)) throw tooLarge(what, caps.entryBytes);
  let actual = 0;
  for (const entry of entries) {
    if (entry.encrypted) {
      throw new ImportError('encrypted', `the ${what} is password-protected; remove the password in Word and import it again`);
    }
    actual += inflatedSize(bytes, entry, Math.min(caps.totalBytes - actual, caps.entryBytes), caps.totalBytes, what);
  }
  return entries;
}

function tooLarge(what: string, limit: number): ImportError {
  return new ImportError(
    'too-large',
    `the ${what} would unpack to more than ${formatBytes(limit)} (a "zip bomb" or a damaged file); ` +
      'save the document again in Word or split it into smaller files',
  );
}

const CHUNK = 16 * 1024;

function inflatedSize(bytes: Uint8Array, entry: ZipEntry, cap: number, limit: number, what: string): number {
  const end = entry.dataOffset + entry.compressedSize;
  if (end > bytes.byteLength) {
    throw new ImportError('corrupt', `corrupt ${what}: "${entry.name}" is cut off; re-save or re-download it`);
  }
  if (entry.method === 0) {
    if (entry.compressedSize > cap) throw tooLarge(what, limit);
    return entry.compressedSize;
  }
  if (entry.method !== 8) {
    throw new ImportError('corrupt', `the ${what} uses zip compression method ${entry.method}, which Word never writes; re-save it in Word`);
  }
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
  });
  try {
    for (let at = entry.dataOffset; at < end; at += CHUNK) {
      const stop = Math.min(at + CHUNK, end);
      inflater.push(bytes.subarray(at, stop), stop === end);
      if (produced > cap) throw tooLarge(what, limit);
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('corrupt', `corrupt ${what}: "${entry.name}" does not unpack (${(error as Error).message}); re-save it`);
  }
  return produced;
}
