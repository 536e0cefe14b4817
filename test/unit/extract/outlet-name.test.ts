import { describe, expect, it } from 'vitest';
import { hostOf, normaliseOutletName, outletFromDomain, registrableDomain } from '../../../shared/outlets/outlet-name';

describe('outletFromDomain', () => {
  it('names known outlets from a URL, whatever the subdomain', () => {
    expect(outletFromDomain('https://www.nytimes.com/2019/11/19/opinion/x.html')).toEqual({ name: 'The New York Times', domain: 'nytimes.com' });
    expect(outletFromDomain('https://edition.cnn.com/2024/01/01/world/x')).toEqual({ name: 'CNN', domain: 'cnn.com' });
    expect(outletFromDomain('news.bbc.co.uk')).toEqual({ name: 'BBC', domain: 'bbc.co.uk' });
    expect(outletFromDomain('https://www.pravda.com.ua/news/2025/12/2/1/')).toEqual({ name: 'Українська правда', domain: 'pravda.com.ua' });
  });
  it('falls back to the registrable domain for unknown outlets', () => {
    expect(outletFromDomain('https://blog.gullgazette.example:8080/a?b=c')).toEqual({ name: 'gullgazette.example', domain: 'gullgazette.example' });
  });
  it('parses hosts by hand', () => {
    expect(hostOf('HTTPS://user@WWW.Example.COM:443/path')).toBe('www.example.com');
    expect(registrableDomain('a.b.example.co.uk')).toBe('example.co.uk');
  });
});

describe('normaliseOutletName', () => {
  it('tidies names from page data', () => {
    expect(normaliseOutletName('  The   Gull Gazette | Home ')).toBe('The Gull Gazette');
    expect(normaliseOutletName('reuters.com')).toBe('Reuters');
    expect(normaliseOutletName('')).toBeUndefined();
  });
});
