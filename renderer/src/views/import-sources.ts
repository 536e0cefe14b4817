import type { ImportSource } from '../../../shared/model/import';
import type { Transport } from '../api/client';

/**
 * Files chosen or dropped → import sources. The desktop app passes real paths (the services read
 * the files, including whole folders); in the browser the bytes are uploaded.
 */
export async function sourcesFromFiles(files: File[], transport: Transport): Promise<ImportSource[]> {
  if (transport.pathForFile) {
    const paths = files.map((f) => transport.pathForFile!(f)).filter(Boolean);
    if (paths.length === files.length) return paths.map((path) => ({ kind: 'path', path }));
  }
  return Promise.all(
    files.map(async (f) => ({ kind: 'bytes' as const, name: (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name, base64: await toBase64(f) })),
  );
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
