// The app's own catalogues, for journeys in another language: a message's words by its id, and
// every English word left on a page that should speak another language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { createIntl } from '@formatjs/intl';
import type { Page } from '@playwright/test';
import { ROOT } from './paths';

type Catalogue = Record<string, string>;

function catalogue(locale: string): Catalogue {
  return JSON.parse(readFileSync(join(ROOT, 'src/views/i18n/lang', `${locale}.json`), 'utf8'));
}

/** A message of this language's catalogue, formatted with its values, as the page shows it. */
export function wordsOf(locale: string) {
  const messages = catalogue(locale);
  const intl = createIntl({ locale, messages });
  return (id: string, values?: Record<string, string | number>): string => {
    if (messages[id] === undefined) throw new Error(`No message "${id}" in ${locale}.json`);
    return intl.formatMessage({ id }, values);
  };
}

/**
 * Words that are English and neither Spanish nor German, so one of them on a Spanish or German
 * page is English left behind (checked word by word, case-blind).
 */
const ENGLISH_ONLY = new Set(
  (
    'the and you your with this that what which is are have from of to not can at it be for ' +
    'on when how here there any after before level levels rating ratings rate session sessions ' +
    'review settings practice practise ladder step steps continue done save saved close open ' +
    'back next stop stopped started distress breathing heights audience calm shore ' +
    'terrace speaking people minutes seconds loading delete print'
  ).split(' '),
);

/** Text a person reads or hears on the page: what is shown, and the names of things. */
export function readableText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // innerText, not textContent: what is rendered, so hidden text and styles are left out.
    // biome-ignore lint/performance/useDomNodeTextContent: the visible text is the point
    const parts = [document.title, document.body.innerText];
    const attributes = ['aria-label', 'aria-description', 'title', 'alt', 'placeholder'];
    for (const el of document.body.querySelectorAll('*')) {
      for (const name of attributes) {
        const value = el.getAttribute(name);
        if (value) parts.push(value);
      }
    }
    return parts;
  });
}

/** The static words of a message (its text outside placeholders), in pieces. */
function literalPieces(message: string): string[] {
  const pieces: string[] = [];
  const walk = (elements: ReturnType<typeof parse>) => {
    for (const el of elements) {
      if (el.type === TYPE.literal) pieces.push(el.value);
      else if (el.type === TYPE.plural || el.type === TYPE.select)
        for (const option of Object.values(el.options)) walk(option.value);
      else if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message));
  return pieces.map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * English on a page that speaks `locale`: English-only words, and any English message's words
 * (a piece of at least three words) that the translation does not share. Names such as
 * "Foothold" or "SUDS" are the same in every language and are not English words here.
 */
export async function englishOn(page: Page, locale: string): Promise<string[]> {
  const text = (await readableText(page)).join('\n');
  const found = new Set<string>();
  for (const word of text.split(/[^\p{L}']+/u)) {
    if (ENGLISH_ONLY.has(word.toLowerCase())) found.add(word);
  }
  const english = catalogue('en');
  const theirs = catalogue(locale);
  for (const [id, message] of Object.entries(english)) {
    const translated = theirs[id] ?? '';
    for (const piece of literalPieces(message)) {
      if (piece.split(/\s+/).length < 3 || translated.includes(piece)) continue;
      if (text.includes(piece)) found.add(piece);
    }
  }
  return [...found];
}
