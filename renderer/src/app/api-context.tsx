import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ParallaxApi } from '../../../shared/api/contract';
import type { ParallaxEvent } from '../../../shared/api/events';
import type { Client } from '../api/client';

const ClientContext = createContext<Client | null>(null);

export function ApiProvider({ client, children }: { client: Client; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): Client {
  const c = useContext(ClientContext);
  if (!c) throw new Error('useClient outside ApiProvider');
  return c;
}

export const useApi = (): ParallaxApi => useClient().api;

/** Subscribes to service events for the component's lifetime. */
export function useEvents(listener: (e: ParallaxEvent) => void): void {
  const { transport } = useClient();
  const ref = useRef(listener);
  ref.current = listener;
  useEffect(() => transport.onEvent((e) => ref.current(e)), [transport]);
}

/**
 * Loads data with `load` and reloads it whenever the services say the given part of the
 * library changed. Errors are returned, not thrown, so a view can show them in place.
 */
export function useLive<T>(load: (api: ParallaxApi) => Promise<T>, deps: unknown[], what: Array<'articles' | 'stories' | 'settings' | 'index'>) {
  const api = useApi();
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  useEvents((e) => {
    if (e.type === 'library-changed' && what.includes(e.what)) reload();
  });
  useEffect(() => {
    let live = true;
    load(api).then(
      (data) => live && setState({ data, loading: false }),
      (error: Error) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [api, tick, ...deps]);
  return { ...state, reload };
}
