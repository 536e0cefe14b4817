import { OUTLET_BY_DOMAIN } from './domain-table';

/**
 * Outlet names from domains and from publisher data. Pure string work (shared/ has no
 * `URL` global), so hosts are parsed by hand.
 */

/** Second-level labels under which a country code domain registers names ("bbc.co.uk", "pravda.com.ua"). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'or', 'ne', 'go', 'gob', 'nic', 'in', 'kiev', 'kyiv', 'msk', 'spb']);

/** Host prefixes that do not change which outlet a page belongs to. */
const NOISE_SUBDOMAIN = /^(?:www\d*|m|mobile|amp|edition|eu|uk|us|beta|web|touch|en)\./;

/** The lower-case host of a URL or host string, without port, credentials or a trailing dot. */
export function hostOf(hostOrUrl: string): string {
  let s = hostOrUrl.trim().toLowerCase();
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^\/\//, '');
  s = s.split(/[/?#]/, 1)[0] ?? '';
  s = s.replace(/^[^@]*@/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  return s;
}

/** "news.bbc.co.uk" → "bbc.co.uk", "edition.cnn.com" → "cnn.com". */
export function registrableDomain(host: string): string {
  const labels = host.split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const tld = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  const take = tld.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** Display name and registrable domain for a page's host: the table's name, else the domain itself. */
export function outletFromDomain(hostOrUrl: string): { name: string; domain: string } {
  let host = hostOf(hostOrUrl);
  while (NOISE_SUBDOMAIN.test(host) && host.split('.').length > 2) host = host.replace(NOISE_SUBDOMAIN, '');
  const domain = registrableDomain(host);
  const name = OUTLET_BY_DOMAIN[host] ?? OUTLET_BY_DOMAIN[domain] ?? domain;
  return { name, domain };
}

/**
 * Tidy an outlet name taken from page data (JSON-LD publisher, og:site_name, a "Source:"
 * header): collapse whitespace, drop decorations like "| Home" or "– Latest news", and map a
 * bare domain to the table's name. Returns undefined when nothing usable is left.
 */
export function normaliseOutletName(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  let name = raw.replace(/\s+/g, ' ').replace(/^["'“”«»]+|["'“”«»]+$/g, '').trim();
  name = name.replace(/\s+[|–—-]\s+(?:home(?: page)?|homepage|latest news.*|breaking news.*|news)$/i, '').trim();
  if (name.length === 0 || name.length > 100) return undefined;
  if (/^(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/.*)?$/i.test(name)) return outletFromDomain(name).name;
  return name;
}
