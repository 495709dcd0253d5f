import { describe, expect, it } from 'vitest';
import { formatTable, judge } from '../bench/budgets.mjs';

describe('bench budgets', () => {
  it('passes a figure at its budget and fails one above it', () => {
    expect(judge('draw calls', 100, '', 100).pass).toBe(true);
    expect(judge('draw calls', 101, '', 100).pass).toBe(false);
    expect(judge('requests elsewhere', 1, '', 0).pass).toBe(false);
    expect(judge('chunk', 12.3, 'KB', null).pass).toBeNull();
  });

  it('prints each figure with its budget and verdict', () => {
    const table = formatTable([
      judge('Home page JS (gzip)', 71.84, 'KB', 160),
      judge('triangles', 300_000, '', 250_000),
    ]);
    expect(table).toContain('| Home page JS (gzip) | 71.8 KB | ≤ 160 KB | pass |');
    expect(table).toContain('| triangles | 300,000 | ≤ 250,000 | **OVER** |');
  });
});
