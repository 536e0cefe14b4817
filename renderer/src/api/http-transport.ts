import type { ApiResponse } from '../../../shared/api/errors';
import type { ParallaxEvent } from '../../../shared/api/events';
import type { Transport } from './client';

const TOKEN_KEY = 'parallax-token';

/**
 * Browser mode. The per-run token arrives in the URL fragment (`#token=…`, never sent to a
 * server), is kept in sessionStorage for reloads, and is removed from the address bar.
 */
export function takeToken(): string | undefined {
  const m = /(?:^#|&)token=([0-9a-zA-Z_-]+)/.exec(window.location.hash);
  if (m) {
    sessionStorage.setItem(TOKEN_KEY, m[1]!);
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
}

export function httpTransport(token: string, baseUrl = ''): Transport {
  return {
    shell: 'web',
    async invoke(method, args) {
      let res: Response;
      try {
        res = await fetch(`${baseUrl}/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Parallax-Token': token },
          body: JSON.stringify(args ?? {}),
        });
      } catch {
        return { ok: false, error: { code: 'io', message: 'Parallax is not answering: the browser-mode server has stopped.', hint: 'Start it again with `npm run web` and open the new address.' } };
      }
      if (res.status === 401) {
        return { ok: false, error: { code: 'forbidden', message: 'This page is not authorised (the access token is missing or from an earlier run).', hint: 'Open the address printed by `npm run web`, including its #token part.' } };
      }
      if (!res.ok) return { ok: false, error: { code: 'io', message: `${method}: the server answered ${res.status} ${(await res.text()).slice(0, 200)}` } };
      return (await res.json()) as ApiResponse<unknown>;
    },
    onEvent(listener) {
      const source = new EventSource(`${baseUrl}/api/events?token=${encodeURIComponent(token)}`);
      source.onmessage = (m) => {
        try {
          listener(JSON.parse(m.data) as ParallaxEvent);
        } catch {
          /* ignore a malformed event */
        }
      };
      return () => source.close();
    },
  };
}
