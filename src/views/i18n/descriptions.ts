// A message's `description` is for its translators (the extractor writes it beside the message),
// and its `defaultMessage` is the English the extractor copies into en.json: the page reads
// neither, only the compiled catalogues (it carries no ICU parser to format the English with).
// The build (vite.config.ts) leaves both out of every `defineMessages` call with this, so each
// scene's words are not shipped twice to the home page.
import MagicString from 'magic-string';
import { parseSync } from 'vite';

type Node = { type: string; start: number; end: number; [key: string]: unknown };

const keyName = (p: Node) => {
  const key = p.key as (Node & { name?: string; value?: unknown }) | undefined;
  return key?.type === 'Identifier' ? key.name : key?.value;
};

const LEFT_OUT = new Set(['description', 'defaultMessage']);

/** The module's messages as bare ids, without descriptions or English; null when it has none. */
export function withoutMessageDescriptions(
  code: string,
  id: string,
): { code: string; map: ReturnType<MagicString['generateMap']> } | null {
  if (!code.includes('defineMessages')) return null;
  const { program } = parseSync(id, code, { lang: id.endsWith('.tsx') ? 'tsx' : 'ts' });
  const out = new MagicString(code);
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const n = node as Node;
    const callee = n.callee as (Node & { name?: string }) | undefined;
    const messages = (n.arguments as Node[] | undefined)?.[0];
    if (
      n.type === 'CallExpression' &&
      callee?.name === 'defineMessages' &&
      messages?.type === 'ObjectExpression'
    ) {
      for (const message of messages.properties as Node[]) {
        const fields = message.value as Node | undefined;
        if (fields?.type !== 'ObjectExpression') continue;
        const list = fields.properties as Node[];
        list.forEach((field, k) => {
          // Up to the next field (or the object's end), so no comma is left doubled.
          if (!LEFT_OUT.has(String(keyName(field)))) return;
          let end = list[k + 1]?.start ?? field.end;
          // The last field takes its trailing comma with it.
          if (k === list.length - 1) {
            const comma = /^\s*,/.exec(code.slice(end));
            if (comma) end += comma[0].length;
          }
          out.remove(field.start, end);
        });
      }
    }
    for (const value of Object.values(n)) if (value && typeof value === 'object') visit(value);
  };
  visit(program);
  return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
}
