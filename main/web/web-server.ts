import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { maxBodyBytes, type ParallaxApi } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { isMethodName } from '../../shared/api/validate';
import type { EventBus } from '../services/event-bus';
import { readStatic } from './static-files';
import { hostAllowed, SECURITY_HEADERS, tokenMatches } from './web-security';

export interface WebServerOptions {
  api: ParallaxApi;
  events: EventBus;
  /** The renderer build (dist/renderer). */
  rendererDir: string;
  token: string;
  /** 0 picks a free port. */
  port?: number;
  /** Sent to each new event stream, e.g. repaired-settings notices. */
  startupNotices?: string[];
}

export interface RunningWebServer {
  server: Server;
  /** The bound address: always 127.0.0.1. */
  address: string;
  port: number;
  url: string;
  close: () => Promise<void>;
}

/**
 * Browser mode's transport: the same contract as the Electron preload, as
 *   POST /api/<method>  (JSON body = the argument object; answer = ApiResponse JSON)
 *   GET  /api/events?token=…  (Server-Sent Events: progress and change notices)
 * plus the renderer build as static files. Bound to 127.0.0.1 only.
 */
export async function startWebServer(opts: WebServerOptions): Promise<RunningWebServer> {
  const server = createServer((req, res) => {
    handle(req, res, opts, portOf(server)).catch((err) => {
      if (!res.headersSent) send(res, 500, { error: `internal error: ${(err as Error).message}` });
      else res.end();
    });
  });
  server.requestTimeout = 0; // imports and comparisons can take minutes; the client cancels through cancelJob
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = portOf(server);
  return {
    server,
    address: (server.address() as AddressInfo).address,
    port,
    url: `http://127.0.0.1:${port}/#token=${opts.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const portOf = (server: Server): number => (server.address() as AddressInfo | null)?.port ?? 0;

async function handle(req: IncomingMessage, res: ServerResponse, opts: WebServerOptions, port: number): Promise<void> {
  if (!hostAllowed(req, port)) return send(res, 403, { error: 'forbidden: unexpected Host header' });
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

  if (url.pathname === '/api/events') {
    if (!tokenMatches(url.searchParams.get('token'), opts.token)) return send(res, 401, { error: 'unauthorized: missing or wrong token' });
    return streamEvents(req, res, opts);
  }

  if (url.pathname.startsWith('/api/')) {
    if (!tokenMatches(header(req, 'x-parallax-token'), opts.token)) return send(res, 401, { error: 'unauthorized: missing or wrong token' });
    if (req.method !== 'POST') return send(res, 405, { error: 'API calls are POST' });
    const name = url.pathname.slice('/api/'.length);
    if (!isMethodName(name)) return send(res, 404, { error: `unknown API method "${name}"` });
    if (!(header(req, 'content-type') ?? '').startsWith('application/json')) return send(res, 415, { error: 'API calls send JSON' });
    const body = await readBody(req, maxBodyBytes(name));
    if (body === 'too-large') {
      res.setHeader('Connection', 'close');
      return send(res, 413, { error: `request body too large for ${name} (limit ${maxBodyBytes(name)} bytes)` });
    }
    let args: unknown;
    try {
      args = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return send(res, 400, { error: 'request body is not valid JSON' });
    }
    return send(res, 200, await dispatch(opts.api, name, args));
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'method not allowed' });
  const file = await readStatic(opts.rendererDir, url.pathname);
  if (!file) return send(res, 404, { error: 'not found' });
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.type, 'Cache-Control': 'no-cache' });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}

function streamEvents(req: IncomingMessage, res: ServerResponse, opts: WebServerOptions): void {
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
  res.write(': connected\n\n');
  for (const message of opts.startupNotices ?? []) res.write(`data: ${JSON.stringify({ type: 'notice', level: 'warning', message })}\n\n`);
  const unsubscribe = opts.events.subscribe((e) => res.write(`data: ${JSON.stringify(e)}\n\n`));
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
  req.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return 'too-large';
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      // Keep draining (discarding) so the client reads our 413 instead of a reset connection.
      req.resume();
      return 'too-large';
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(json) });
  res.end(json);
}
