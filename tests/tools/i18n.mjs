// The catalogue check, run by `npm run lint`, and the extraction that writes the English catalogue.
//
//   node tests/tools/i18n.mjs            check: fails (exit 1) with every problem found
//   node tests/tools/i18n.mjs --extract  writes src/views/i18n/lang/en.json from the source
//
// English is written in the source (defineMessages, defaultMessage) and extracted by the FormatJS
// CLI into en.json; es.json and de.json are the translations. The check fails when:
// - en.json is not what the source declares (a message added, changed or removed without extracting);
// - a translation lacks a message English has, or has one English does not;
// - a translation's message has other placeholders than English's (names, kinds, plural/select
//   branches' keys are free; rich-text tags too);
// - a component writes words a person sees in place of a catalogue message: text between JSX tags,
//   a string in a JSX expression, or a text attribute (aria-label, title, alt, placeholder...);
//   a key's name inside <kbd> is not a word.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { parseSync } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const LANG_DIR = join(ROOT, 'src/views/i18n/lang');
export const SOURCE_LOCALE = 'en';
const TRANSLATIONS = ['es', 'de'];

/** Attributes whose value a person reads or hears. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'alt',
  'placeholder',
  'label',
]);

const LETTER = /\p{L}/u;

/** Every source file a person's words may be written in. */
export function sourceFiles(root = ROOT) {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  return out
    .split('\n')
    .filter((f) => /^(src|scenes)\/.*\.tsx?$/.test(f) && !/\.d\.ts$/.test(f))
    .map((f) => join(root, f));
}

/** The messages the source declares, as FormatJS's extractor reads them: id → English. */
export function extractMessages(files) {
  const dir = mkdtempSync(join(tmpdir(), 'foothold-i18n-'));
  try {
    const list = join(dir, 'files.txt');
    const outFile = join(dir, 'en.json');
    writeFileSync(list, files.join('\n'));
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/@formatjs/cli/bin/formatjs'),
        'extract',
        '--in-file',
        list,
        '--out-file',
        outFile,
        '--format',
        'simple',
        '--throws',
        '--id-interpolation-pattern',
        'MISSING-ID-[contenthash:5]',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    return JSON.parse(readFileSync(outFile, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A message's placeholders: each argument with its kind, and each rich-text tag. */
export function placeholders(message) {
  const found = new Set();
  const walk = (elements) => {
    for (const el of elements) {
      if (el.type === TYPE.argument) found.add(`{${el.value}}`);
      else if (el.type === TYPE.number) found.add(`{${el.value}, number}`);
      else if (el.type === TYPE.date) found.add(`{${el.value}, date}`);
      else if (el.type === TYPE.time) found.add(`{${el.value}, time}`);
      else if (el.type === TYPE.plural) {
        found.add(`{${el.value}, ${el.pluralType === 'ordinal' ? 'selectordinal' : 'plural'}}`);
        for (const option of Object.values(el.options)) walk(option.value);
      } else if (el.type === TYPE.select) {
        found.add(`{${el.value}, select}`);
        for (const option of Object.values(el.options)) walk(option.value);
      } else if (el.type === TYPE.tag) {
        found.add(`<${el.value}>`);
        walk(el.children);
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

/** Problems of a translation against English: missing and extra messages, other placeholders. */
export function catalogueProblems(locale, source, translation) {
  const problems = [];
  for (const id of Object.keys(source)) {
    if (!(id in translation)) {
      problems.push(`${locale}.json lacks "${id}" (English: ${JSON.stringify(source[id])})`);
      continue;
    }
    let theirs;
    try {
      theirs = placeholders(translation[id]);
    } catch (error) {
      problems.push(`${locale}.json "${id}" is not valid ICU MessageFormat: ${error.message}`);
      continue;
    }
    const ours = placeholders(source[id]);
    if (ours.join() !== theirs.join())
      problems.push(
        `${locale}.json "${id}" has placeholders ${theirs.join(' ') || 'none'}, English has ${ours.join(' ') || 'none'}`,
      );
  }
  for (const id of Object.keys(translation)) {
    if (!(id in source)) problems.push(`${locale}.json has "${id}", which English does not`);
  }
  return problems;
}

/** The English catalogue against what the source declares. */
export function sourceProblems(declared, catalogue) {
  const problems = [];
  for (const [id, message] of Object.entries(declared)) {
    if (id.startsWith('MISSING-ID-'))
      problems.push(
        `A message has no id: ${JSON.stringify(message)} (give it one, e.g. "page.what")`,
      );
    else if (!(id in catalogue)) problems.push(`en.json lacks "${id}", declared in the source`);
    else if (catalogue[id] !== message)
      problems.push(`en.json's "${id}" is not the source's ${JSON.stringify(message)}`);
  }
  for (const id of Object.keys(catalogue)) {
    if (!(id in declared)) problems.push(`en.json has "${id}", which no source declares any more`);
  }
  return problems;
}

/** Words a component writes where a catalogue message belongs, with file and line. */
export function hardCodedText(file, code) {
  const found = [];
  const result = parseSync(file, code, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' });
  const lineOf = (offset) => code.slice(0, offset).split('\n').length;
  const report = (node, text) =>
    found.push(
      `${file}:${lineOf(node.start)} writes ${JSON.stringify(text.trim())} in place of a catalogue message`,
    );
  const stringOf = (node) => {
    if (!node) return null;
    if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
    if (node.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked).join(' ');
    return null;
  };
  const visit = (node, parent) => {
    if (!node || typeof node.type !== 'string') return;
    // A key's name on its cap (Esc, P) is the same on every keyboard these languages use.
    if (node.type === 'JSXElement' && node.openingElement?.name?.name === 'kbd') return;
    if (node.type === 'JSXText' && LETTER.test(node.value)) report(node, node.value);
    if (node.type === 'JSXExpressionContainer' && parent?.type !== 'JSXAttribute') {
      const text = stringOf(node.expression);
      if (text && LETTER.test(text)) report(node, text);
    }
    if (node.type === 'JSXAttribute' && node.name?.type === 'JSXIdentifier') {
      if (TEXT_ATTRIBUTES.has(node.name.name)) {
        const value =
          node.value?.type === 'JSXExpressionContainer' ? node.value.expression : node.value;
        const text = stringOf(value);
        if (text && LETTER.test(text)) report(node, text);
      }
    }
    for (const key of Object.keys(node)) {
      const child = node[key];
      if (Array.isArray(child)) for (const c of child) visit(c, node);
      else if (child && typeof child === 'object' && typeof child.type === 'string')
        visit(child, node);
    }
  };
  visit(result.program, null);
  return found;
}

export function readCatalogue(locale, dir = LANG_DIR) {
  return JSON.parse(readFileSync(join(dir, `${locale}.json`), 'utf8'));
}

function sorted(catalogue) {
  return Object.fromEntries(Object.entries(catalogue).sort(([a], [b]) => a.localeCompare(b)));
}

function main() {
  const files = sourceFiles();
  const declared = extractMessages(files);
  if (process.argv.includes('--extract')) {
    writeFileSync(join(LANG_DIR, 'en.json'), `${JSON.stringify(sorted(declared), null, 2)}\n`);
    console.log(`en.json: ${Object.keys(declared).length} messages`);
    return;
  }
  const problems = [...sourceProblems(declared, readCatalogue(SOURCE_LOCALE))];
  const source = readCatalogue(SOURCE_LOCALE);
  for (const locale of TRANSLATIONS)
    problems.push(...catalogueProblems(locale, source, readCatalogue(locale)));
  for (const file of files.filter((f) => f.endsWith('.tsx')))
    problems.push(...hardCodedText(relative(ROOT, file), readFileSync(file, 'utf8')));
  if (problems.length > 0) {
    console.error(`Catalogue check: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    for (const p of problems) console.error(`  ${p}`);
    console.error('Run `npm run i18n:extract` after changing a message in the source.');
    process.exit(1);
  }
  console.log(
    `Catalogue check: ${Object.keys(source).length} messages in ${[SOURCE_LOCALE, ...TRANSLATIONS].join(', ')}, none hard-coded`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
