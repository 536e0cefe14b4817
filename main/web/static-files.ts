import { promises as fs } from 'node:fs';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Reads a file of the renderer build; refuses paths that escape its folder. Unknown paths serve index.html (client routing). */
export async function readStatic(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | undefined> {
  const clean = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const rel = clean === '/' ? 'index.html' : clean.replace(/^\/+/, '');
  const file = path.resolve(root, rel);
  if (!file.startsWith(path.resolve(root) + path.sep)) return undefined;
  try {
    return { body: await fs.readFile(file), type: TYPES[path.extname(file)] ?? 'application/octet-stream' };
  } catch {
    if (path.extname(rel)) return undefined;
    try {
      return { body: await fs.readFile(path.join(root, 'index.html')), type: TYPES['.html']! };
    } catch {
      return undefined;
    }
  }
}
