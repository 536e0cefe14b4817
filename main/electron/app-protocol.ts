import { net, protocol } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SECURITY_HEADERS } from '../web/web-security';

export { APP_ORIGIN, isAppUrl } from './app-protocol-url';

/**
 * The renderer is served from `parallax://app/…`, a privileged standard scheme, instead of
 * file://: it gives the page a real origin, lets every response carry the same strict CSP header
 * as browser mode, and lets IPC handlers recognise our own page by URL.
 */

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: 'parallax', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle('parallax', async (request) => {
    const url = new URL(request.url);
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    const file = path.resolve(rendererDir, rel);
    if (url.host !== 'app' || !file.startsWith(path.resolve(rendererDir) + path.sep)) return new Response('not found', { status: 404 });
    const res = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(res.headers);
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) headers.set(k, v);
    return new Response(res.body, { status: res.status, headers });
  });
}
