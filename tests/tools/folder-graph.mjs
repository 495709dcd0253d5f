// The folder-level import graph of src/ and scenes/, at every depth: for each folder, which of its
// sibling folders its files import (type-only imports included: a type ties folders as much as a
// value does). A problem is any cycle among siblings, or an import that goes up a layer:
// domain ← data ← state ← views, each importing only itself and the layers before it.
// Part of `npm run lint`. Usage: node tests/tools/folder-graph.mjs [--print]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LAYERS = ['domain', 'data', 'state', 'views'];
/** Node programs beside the app (the relay): each may import only the layers listed, no app code. */
export const NODE_PROGRAMS = { hub: ['domain'] };

function sourceFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx)$/.test(name)) files.push(path);
    }
  };
  for (const top of ['src', 'scenes']) if (existsSync(join(root, top))) walk(join(root, top));
  return files;
}

const specifiers = (text) =>
  [...text.matchAll(/(?:^|[\s;])(?:import|export)\s[^;]*?from\s+['"](\.[^'"]+)['"]/g)].map(
    (m) => m[1],
  );

/** Each folder's children and which of their siblings they import: parent → (child → children). */
function folderEdges(root, files, problems) {
  const parts = (path) => relative(root, path).split(sep);
  const edges = new Map();
  for (const file of files) {
    const from = parts(file);
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      const to = parts(resolve(dirname(file), spec));
      // The first folder where the two paths part: the siblings they belong to.
      let i = 0;
      while (i < from.length - 1 && i < to.length - 1 && from[i] === to[i]) i++;
      if (i >= from.length - 1 || i >= to.length - 1) continue;
      const parent = from.slice(0, i).join('/') || '.';
      const [a, b] = [from[i], to[i]];
      if (!edges.has(parent)) edges.set(parent, new Map());
      const out = edges.get(parent);
      if (!out.has(a)) out.set(a, new Set());
      out.get(a).add(b);
      if (parent !== 'src') continue;
      const refused =
        a in NODE_PROGRAMS
          ? !NODE_PROGRAMS[a].includes(b)
          : b in NODE_PROGRAMS || LAYERS.indexOf(b) > LAYERS.indexOf(a);
      if (refused)
        problems.push(`${relative(root, file)} imports ${spec}: ${a} may not import ${b}`);
    }
  }
  return edges;
}

/** Groups of two or more folders that reach each other (Tarjan's strongly connected components). */
function cycles(out) {
  let index = 0;
  const stack = [];
  const on = new Set();
  const ix = new Map();
  const low = new Map();
  const found = [];
  const strong = (v) => {
    ix.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    on.add(v);
    for (const w of out.get(v) ?? []) {
      if (!ix.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), ix.get(w)));
    }
    if (low.get(v) !== ix.get(v)) return;
    const component = [];
    let w;
    do {
      w = stack.pop();
      on.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) found.push(component.sort());
  };
  for (const v of out.keys()) if (!ix.has(v)) strong(v);
  return found;
}

/** Every problem in the folder graph under `root`, in words (empty when clean), and the graph. */
export function folderProblems(root) {
  const files = sourceFiles(root);
  const problems = [];
  const edges = folderEdges(root, files, problems);
  for (const [parent, out] of edges)
    for (const group of cycles(out))
      problems.push(`folders of ${parent}/ import each other: ${group.join(', ')}`);
  return { files: files.length, edges, problems };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const { files, edges, problems } = folderProblems(root);
  if (process.argv.includes('--print'))
    for (const [parent, out] of [...edges].sort())
      for (const [a, bs] of [...out].sort()) console.log(`${parent}/${a} → ${[...bs].join(', ')}`);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`Folder imports: ${files} files, no cycle, each layer imports only those before it.`);
}
