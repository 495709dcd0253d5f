// Addresses that hold any id: what the Review links to opens that very session.
import { parse } from 'regexparam';
import { describe, expect, it } from 'vitest';
import { matchRoute } from 'wouter';
import {
  anyAddress,
  forRouter,
  fromAddress,
  paths,
  sessionRecordPath,
} from '../../src/views/routes';

/** The id the session page gets for a link, as a browser and the router handle it. */
function idFromLink(href: string): string | null {
  // The browser keeps the fragment as written, escaping only a few characters (spaces, quotes).
  const hash = new URL(`http://localhost/#${href}`).hash;
  const location = `/${hash.replace(/^#?\/?/, '')}`;
  // The router decodes the whole address with decodeURI before matching (wouter's relativePath).
  const path = forRouter(location);
  const [matched, params] = matchRoute(parse, paths.sessionRecord, decodeURI(path));
  return matched ? fromAddress(params?.id) : null;
}

describe('session addresses', () => {
  it('lead back to the id they were made from, whatever it holds', () => {
    const odd = [
      '0d6fbf1c-6e84-4f1f-9c2e-1f3b6a7c8d9e',
      'a;b',
      'a#b',
      'a?b=c',
      'a/b',
      'a+b@c',
      '100%',
      'a%41',
      'a%3B',
      'line\nbreak',
      'cr\rlf',
      'para\u2028graph',
      '=HYPERLINK("x")',
      '<img src=x onerror=alert(1)>',
      'tab\there',
      'héights ☂',
    ];
    for (const id of odd) expect(idFromLink(sessionRecordPath(id)), JSON.stringify(id)).toBe(id);
  });

  it('decode an address part once, and none that cannot be one', () => {
    expect(fromAddress('a%253B')).toBe('a%3B');
    expect(fromAddress('%E0%A4%A')).toBeNull();
    expect(fromAddress(undefined)).toBeNull();
  });

  it('all match the catch-all, line breaks too', () => {
    for (const path of ['/', '/nowhere', '/sessions/a\nb', '/x\r\n\u2028y'])
      expect(matchRoute(parse, anyAddress, path)[0], JSON.stringify(path)).toBe(true);
    // Why the catch-all has a path of its own: a route without one matches "*", which stops at a
    // line break.
    expect(matchRoute(parse, '*', '/sessions/a\nb')[0]).toBe(false);
  });
});
