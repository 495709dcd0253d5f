// The catalogue check of `npm run lint` (tests/tools/i18n.mjs), on catalogues and sources it is given.
import { describe, expect, it } from 'vitest';
import {
  catalogueProblems,
  extractMessages,
  hardCodedText,
  placeholders,
  sourceProblems,
} from '../tools/i18n.mjs';

const english = {
  'a.count': '{count, plural, one {# rating} other {# ratings}}',
  'a.hello': 'Hello {name}',
  'a.link': 'Read <a>the safety text</a> first.',
  'a.plain': 'Stop',
};

describe('a translation against English', () => {
  it('passes a complete translation with the same placeholders', () => {
    expect(
      catalogueProblems('de', english, {
        'a.count': '{count, plural, one {# Einschätzung} other {# Einschätzungen}}',
        'a.hello': 'Hallo {name}',
        'a.link': 'Lies zuerst <a>den Sicherheitstext</a>.',
        'a.plain': 'Stopp',
      }),
    ).toEqual([]);
  });

  it('finds a message English has and the translation lacks', () => {
    const { 'a.plain': _, ...rest } = english;
    expect(catalogueProblems('es', english, rest)).toEqual([
      'es.json lacks "a.plain" (English: "Stop")',
    ]);
  });

  it('finds a message English does not have', () => {
    expect(catalogueProblems('es', english, { ...english, 'a.old': 'Viejo' })).toEqual([
      'es.json has "a.old", which English does not',
    ]);
  });

  it('finds a renamed placeholder, a lost tag and a plural written as a plain argument', () => {
    const problems = catalogueProblems('de', english, {
      ...english,
      'a.hello': 'Hallo {nome}',
      'a.link': 'Lies zuerst den Sicherheitstext.',
      'a.count': '{count} Einschätzungen',
    });
    expect(problems).toEqual([
      'de.json "a.count" has placeholders {count}, English has {count, plural}',
      'de.json "a.hello" has placeholders {nome}, English has {name}',
      'de.json "a.link" has placeholders none, English has <a>',
    ]);
  });

  it('finds a translation that is not valid ICU', () => {
    const [problem] = catalogueProblems('de', english, { ...english, 'a.hello': 'Hallo {name' });
    expect(problem).toMatch(/^de\.json "a\.hello" is not valid ICU MessageFormat/);
  });

  it('reads placeholders inside plural branches and tags', () => {
    expect(
      placeholders('{n, plural, one {<b>{who}</b> once} other {{when, date} # times}}'),
    ).toEqual(['<b>', '{n, plural}', '{when, date}', '{who}']);
  });
});

describe('the English catalogue against the source', () => {
  it('finds a message declared in the source but not extracted, one changed, and one removed', () => {
    expect(
      sourceProblems(
        { 'a.new': 'New words', 'a.plain': 'Stop now' },
        { 'a.plain': 'Stop', 'a.gone': 'Old words' },
      ),
    ).toEqual([
      'en.json lacks "a.new", declared in the source',
      'en.json\'s "a.plain" is not the source\'s "Stop now"',
      'en.json has "a.gone", which no source declares any more',
    ]);
  });

  it('extracts messages with FormatJS from real files', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'i18n-extract-'));
    try {
      const file = join(dir, 'Page.tsx');
      writeFileSync(
        file,
        "import { defineMessages } from 'react-intl';\nconst m = defineMessages({ t: { id: 'page.title', defaultMessage: 'Before you begin' }, u: { defaultMessage: 'No id' } });\n",
      );
      const declared = extractMessages([file]);
      expect(declared['page.title']).toBe('Before you begin');
      expect(sourceProblems(declared, { 'page.title': 'Before you begin' })).toEqual([
        expect.stringMatching(/^A message has no id: "No id"/),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('words written in a component', () => {
  it('finds text between tags, a string in braces and a text attribute', () => {
    const code = [
      'export const A = () => (',
      '  <div className="row-of-things" data-id="x y">',
      '    <h1>Before you begin</h1>',
      "    {'Or later'}",
      '    <button aria-label="Close the panel" title={`Stop now`} />',
      '    <img alt="A terrace" />',
      '  </div>',
      ');',
    ].join('\n');
    expect(hardCodedText('src/views/A.tsx', code)).toEqual([
      'src/views/A.tsx:3 writes "Before you begin" in place of a catalogue message',
      'src/views/A.tsx:4 writes "Or later" in place of a catalogue message',
      'src/views/A.tsx:5 writes "Close the panel" in place of a catalogue message',
      'src/views/A.tsx:5 writes "Stop now" in place of a catalogue message',
      'src/views/A.tsx:6 writes "A terrace" in place of a catalogue message',
    ]);
  });

  it('lets through messages from the catalogue, punctuation, numbers and names of things', () => {
    const code = [
      "import { useIntl } from 'react-intl';",
      'export function A({ n }: { n: number }) {',
      '  const intl = useIntl();',
      '  return (',
      '    <p className="hint" aria-live="polite" role="status" id="a-b">',
      "      {intl.formatMessage({ id: 'a.hello' })} · {n} → {'·'} ({n}%) <kbd>Esc</kbd>",
      '      <input type="number" aria-label={intl.formatMessage({ id: \'a.plain\' })} />',
      '    </p>',
      '  );',
      '}',
    ].join('\n');
    expect(hardCodedText('src/views/A.tsx', code)).toEqual([]);
  });
});
