import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderProblems } from '../tools/folder-graph.mjs';

let root = '';
function tree(files: Record<string, string>) {
  root = mkdtempSync(join(tmpdir(), 'folder-graph-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return folderProblems(root).problems as string[];
}
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the folder-level lint', () => {
  it('passes layers that each import only those before them', () => {
    expect(
      tree({
        'src/domain/a.ts': 'export const a = 1;',
        'src/data/b.ts': "import { a } from '../domain/a';\nexport const b = a;",
        'src/state/c.ts': "import { b } from '../data/b';\nexport const c = b;",
        'src/views/d.tsx': "import { c } from '../state/c';\nimport { a } from '../domain/a';",
      }),
    ).toEqual([]);
  });

  it('refuses an import that goes up a layer, type-only ones too', () => {
    const problems = tree({
      'src/domain/a.ts': "import type { V } from '../views/v';\nexport const a = 1;",
      'src/views/v.ts': 'export type V = number;',
    });
    expect(problems).toContain('src/domain/a.ts imports ../views/v: domain may not import views');
  });

  it('lets the relay import the domain alone, and no layer import the relay', () => {
    const problems = tree({
      'src/domain/code.ts': 'export const a = 1;',
      'src/data/d.ts': 'export const d = 1;',
      'src/hub/relay.ts': "import { a } from '../domain/code';\nimport { d } from '../data/d';",
      'src/views/v.ts': "import { relay } from '../hub/relay';",
    });
    expect(problems).toEqual([
      'src/hub/relay.ts imports ../data/d: hub may not import data',
      'src/views/v.ts imports ../hub/relay: views may not import hub',
    ]);
  });

  it('refuses sibling folders that import each other, at any depth', () => {
    const problems = tree({
      'src/views/xr/panel.ts': "import { w } from '../widgets/w';\nexport const p = w;",
      'src/views/widgets/w.ts': "import { p } from '../xr/panel';\nexport const w = p;",
    });
    expect(problems).toEqual(['folders of src/views/ import each other: widgets, xr']);
  });
});
