import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempServices } from '../../support/temp-services';
import { httpUnderTest } from '../../support/transports';

/** Raw HTTP so the Host header and body can be anything a hostile page could send. */
function request(port: number, opts: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

describe('browser-mode server security', () => {
  let env: Awaited<ReturnType<typeof tempServices>>;
  let server: Awaited<ReturnType<typeof httpUnderTest>>;
  const json = (extra: Record<string, string> = {}) => ({ 'Content-Type': 'application/json', ...extra });

  beforeAll(async () => {
    env = await tempServices();
    server = await httpUnderTest(env.api, env.ctx.events);
  });
  afterAll(async () => {
    await server.close();
    await env.cleanup();
  });

  it('answers an API call that carries the token', async () => {
    const res = await request(server.port, { path: '/api/getAppInfo', method: 'POST', headers: json({ 'X-Parallax-Token': server.token }), body: '{}' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { name: 'Parallax', shell: 'web' } });
  });

  it('refuses an API call without the token (401) or with a wrong one', async () => {
    expect((await request(server.port, { path: '/api/listArticles', method: 'POST', headers: json(), body: '{}' })).status).toBe(401);
    expect((await request(server.port, { path: '/api/listArticles', method: 'POST', headers: json({ 'X-Parallax-Token': 'x'.repeat(32) }), body: '{}' })).status).toBe(401);
    expect((await request(server.port, { path: `/api/events?token=wrong` })).status).toBe(401);
  });

  it('refuses a foreign Host header (403), as a DNS-rebinding page would send', async () => {
    const res = await request(server.port, { path: '/api/getAppInfo', method: 'POST', headers: json({ Host: `evil.example:${server.port}`, 'X-Parallax-Token': server.token }), body: '{}' });
    expect(res.status).toBe(403);
    expect((await request(server.port, { path: '/', headers: { Host: 'evil.example' } })).status).toBe(403);
  });

  it('refuses an oversized body (413) without reading it all', async () => {
    const big = JSON.stringify({ query: 'x'.repeat(2 * 1024 * 1024) });
    const res = await request(server.port, { path: '/api/search', method: 'POST', headers: json({ 'X-Parallax-Token': server.token }), body: big });
    expect(res.status).toBe(413);
  });

  it('rejects unknown methods, non-POST calls and non-JSON bodies', async () => {
    const auth = { 'X-Parallax-Token': server.token };
    expect((await request(server.port, { path: '/api/deleteEverything', method: 'POST', headers: json(auth), body: '{}' })).status).toBe(404);
    expect((await request(server.port, { path: '/api/getAppInfo', method: 'GET', headers: auth })).status).toBe(405);
    expect((await request(server.port, { path: '/api/getAppInfo', method: 'POST', headers: { ...auth, 'Content-Type': 'text/plain' }, body: '{}' })).status).toBe(415);
    const bad = await request(server.port, { path: '/api/getAppInfo', method: 'POST', headers: json(auth), body: '{' });
    expect(bad.status).toBe(400);
  });

  it('validates arguments and answers with an error record, not a crash', async () => {
    const res = await request(server.port, { path: '/api/getArticle', method: 'POST', headers: json({ 'X-Parallax-Token': server.token }), body: '{"id": 42}' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid-arguments', message: expect.stringMatching(/^getArticle: id/) } });
  });

  it('never answers a cross-origin preflight, so other pages cannot send the token header', async () => {
    const res = await request(server.port, { path: '/api/getAppInfo', method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Headers': 'x-parallax-token' } });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.status).toBeGreaterThanOrEqual(400);
  });

  it('listens on the loopback address only', () => {
    expect(server.address).toBe('127.0.0.1');
  });

  it('streams events to a client with the token', async () => {
    const ctrl = new AbortController();
    const res = await fetch(`http://127.0.0.1:${server.port}/api/events?token=${server.token}`, { signal: ctrl.signal });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = res.body!.getReader();
    await reader.read(); // ": connected"
    env.ctx.events.emit({ type: 'notice', level: 'info', message: 'hello from the services' });
    let text = '';
    while (!text.includes('hello from the services')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain('"type":"notice"');
    ctrl.abort();
  });
});
