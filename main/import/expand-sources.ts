import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ImportSource } from '../../shared/model/import';

/** One unit of work for the import: a file on disk, uploaded bytes, or pasted text. */
export type ImportItem =
  | { kind: 'path'; label: string; path: string }
  | { kind: 'bytes'; label: string; name: string; bytes: Uint8Array }
  | { kind: 'text'; label: string; text: string }
  | { kind: 'unreadable'; label: string; reason: string };

/**
 * Turns what the user dropped into a flat list of items: folders are walked recursively (hidden
 * files and folders skipped, symlink loops detected by real path), uploads decoded. A path that
 * cannot be read becomes an `unreadable` item so it still gets a line in the report.
 */
export async function expandSources(sources: ImportSource[], signal?: AbortSignal): Promise<ImportItem[]> {
  const items: ImportItem[] = [];
  const seenDirs = new Set<string>();
  for (const source of sources) {
    if (signal?.aborted) break;
    switch (source.kind) {
      case 'path':
        await walk(path.resolve(source.path), items, seenDirs, signal, true);
        break;
      case 'bytes':
        items.push({ kind: 'bytes', label: source.name, name: source.name, bytes: decodeBase64(source.base64) });
        break;
      case 'text':
        items.push({ kind: 'text', label: source.name ?? 'pasted text', text: source.text });
        break;
      default: {
        const never: never = source;
        throw new Error(`unknown import source ${JSON.stringify(never)}`);
      }
    }
  }
  return items;
}

async function walk(p: string, out: ImportItem[], seenDirs: Set<string>, signal: AbortSignal | undefined, explicit: boolean): Promise<void> {
  if (signal?.aborted) return;
  let stat;
  try {
    stat = await fs.stat(p);
  } catch (err) {
    out.push({ kind: 'unreadable', label: p, reason: describeFsError(err) });
    return;
  }
  if (stat.isFile()) {
    out.push({ kind: 'path', label: p, path: p });
    return;
  }
  if (!stat.isDirectory()) {
    if (explicit) out.push({ kind: 'unreadable', label: p, reason: 'not a regular file or folder' });
    return;
  }
  let real: string;
  try {
    real = await fs.realpath(p);
  } catch (err) {
    out.push({ kind: 'unreadable', label: p, reason: describeFsError(err) });
    return;
  }
  if (seenDirs.has(real)) return; // a symlink loop or a folder given twice: each folder is read once
  seenDirs.add(real);
  let names: string[];
  try {
    names = (await fs.readdir(p)).sort();
  } catch (err) {
    out.push({ kind: 'unreadable', label: p, reason: describeFsError(err) });
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    await walk(path.join(p, name), out, seenDirs, signal, false);
  }
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'unreadable: file not found';
    case 'EACCES':
    case 'EPERM':
      return 'unreadable: permission denied';
    case 'ELOOP':
      return 'unreadable: symbolic link loop';
    case 'EISDIR':
      return 'unreadable: is a folder';
    default:
      return `unreadable: ${(err as Error)?.message ?? String(err)}`;
  }
}

function decodeBase64(b64: string): Uint8Array {
  return new Uint8Array(Buffer.from(b64, 'base64'));
}
