import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { color, colorProperties } from '../../src/views/tokens';

const css = readFileSync(new URL('../../src/views/app/styles.css', import.meta.url), 'utf8');

describe('colour tokens', () => {
  it('become the custom properties of the stylesheet, named as CSS names them', () => {
    const properties = colorProperties();
    expect(properties).toContain(`--panel-edge: ${color.panelEdge};`);
    expect(properties).toContain(`--bg: ${color.bg};`);
    expect(properties.split('\n')).toHaveLength(Object.keys(color).length);
  });

  it('define every colour property the stylesheet reads, so the page and the headset agree', () => {
    const read = new Set([...css.matchAll(/var\(--([a-z-]+)/g)].map((m) => m[1]));
    const defined = new Set([
      ...[...colorProperties().matchAll(/--([a-z-]+):/g)].map((m) => m[1]),
      ...[...css.matchAll(/^\s*--([a-z-]+):/gm)].map((m) => m[1]),
    ]);
    expect([...read].filter((name) => !defined.has(name))).toEqual([]);
    // The token colours are not written out again in the stylesheet's own root.
    expect(css).not.toContain(color.pacer);
    expect(css).not.toContain(color.panelEdge);
  });
});
