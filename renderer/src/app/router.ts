import { useEffect, useState } from 'react';

/** Hash routes: they work the same under parallax://app/ and http://127.0.0.1, and survive reloads. */
export type Route =
  | { view: 'library' }
  | { view: 'search'; q: string }
  | { view: 'stories' }
  | { view: 'story'; id: string }
  | { view: 'compare'; id: string }
  | { view: 'import' }
  | { view: 'article'; id: string; at?: number };

export function parseRoute(hash: string): Route {
  const [pathPart = '', queryPart = ''] = hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(queryPart);
  const [head, id, sub] = pathPart.split('/');
  switch (head) {
    case 'search':
      return { view: 'search', q: params.get('q') ?? '' };
    case 'stories':
      return { view: 'stories' };
    case 'story':
      if (!id) return { view: 'stories' };
      return sub === 'compare' ? { view: 'compare', id } : { view: 'story', id };
    case 'import':
      return { view: 'import' };
    case 'article': {
      const at = Number(params.get('at'));
      return id ? { view: 'article', id, ...(Number.isFinite(at) && params.has('at') ? { at } : {}) } : { view: 'library' };
    }
    default:
      return { view: 'library' };
  }
}

export function hrefOf(route: Route): string {
  switch (route.view) {
    case 'search':
      return route.q ? `#/search?q=${encodeURIComponent(route.q)}` : '#/search';
    case 'story':
      return `#/story/${route.id}`;
    case 'compare':
      return `#/story/${route.id}/compare`;
    case 'article':
      return `#/article/${route.id}${route.at !== undefined ? `?at=${route.at}` : ''}`;
    default:
      return `#/${route.view}`;
  }
}

export const navigate = (route: Route): void => {
  window.location.hash = hrefOf(route).slice(1);
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
