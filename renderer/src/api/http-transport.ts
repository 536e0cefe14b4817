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
  const listeners = new Set<(e: ParallaxEvent) => void>();
  let source: EventSource | undefined;
  const openStream = () => {
    const s = new EventSource(`${baseUrl}/api/events?token=${encodeURIComponent(token)}`);
    s.onmessage = (m) => {
      let event: ParallaxEvent;
      try {
        event = JSON.parse(m.data) as ParallaxEvent;
      } catch {
        return; // ignore a malformed event
      }
      for (const l of [...listeners]) l(event);
    };
    return s;
  };
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
      // One event stream for the whole page, shared by every listener: browsers allow only six
      // connections per host, and a stream per view would starve the API calls.
      listeners.add(listener);
      source ??= openStream();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = undefined;
        }
      };
    },
  };
}
