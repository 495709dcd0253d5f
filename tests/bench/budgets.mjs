// Judging and printing bench figures. Pure, so the pass/fail logic is unit-tested.

/**
 * @param {string} name
 * @param {number} value
 * @param {string} unit
 * @param {number | null} budget  null: recorded for reference, no budget of its own
 * @param {{ below?: boolean, atLeast?: boolean }} [options]  below: the figure must stay strictly
 *   under the budget; atLeast: the budget is a floor, the figure must reach it
 */
export function judge(name, value, unit, budget, options = {}) {
  const below = options.below === true;
  const atLeast = options.atLeast === true;
  const pass =
    budget === null ? null : atLeast ? value >= budget : below ? value < budget : value <= budget;
  return { name, value, unit, budget, below, atLeast, pass };
}

const show = (value, unit) => {
  const rounded = Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(1);
  return unit ? `${rounded} ${unit}` : rounded;
};

/** A Markdown table: readable in a terminal and in docs/PERFORMANCE.md alike. */
export function formatTable(rows) {
  const lines = ['| what | measured | budget | result |', '| --- | ---: | ---: | --- |'];
  for (const row of rows) {
    const sign = row.atLeast ? '≥' : row.below ? '<' : '≤';
    const budget = row.budget === null ? '–' : `${sign} ${show(row.budget, row.unit)}`;
    const result = row.pass === null ? 'recorded' : row.pass ? 'pass' : '**OVER**';
    lines.push(`| ${row.name} | ${show(row.value, row.unit)} | ${budget} | ${result} |`);
  }
  return lines.join('\n');
}

/**
 * The share (%) of a view's pixels that show the scene: inside the scene's box and under no cover
 * (tests/tools/viewCover's boxes, in CSS pixels). A pixel a cover touches at all is covered; one
 * the scene's box does not wholly hold is not the scene's. Overlapping covers count once.
 * @param {{ width: number, height: number, scene: Box, cover: Box[] }} view
 * @typedef {{ left: number, top: number, right: number, bottom: number }} Box
 */
export function sceneShare({ width, height, scene, cover }) {
  if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0))
    return Number.NaN;
  const covered = new Uint8Array(width * height);
  for (const r of cover) {
    const x0 = Math.max(0, Math.floor(r.left));
    const x1 = Math.min(width, Math.ceil(r.right));
    for (let y = Math.max(0, Math.floor(r.top)); y < Math.min(height, Math.ceil(r.bottom)); y++)
      if (x1 > x0) covered.fill(1, y * width + x0, y * width + x1);
  }
  let shown = 0;
  const x0 = Math.max(0, Math.ceil(scene.left));
  const x1 = Math.min(width, Math.floor(scene.right));
  for (
    let y = Math.max(0, Math.ceil(scene.top));
    y < Math.min(height, Math.floor(scene.bottom));
    y++
  )
    for (let x = x0; x < x1; x++) if (covered[y * width + x] === 0) shown++;
  return (100 * shown) / (width * height);
}

/**
 * The largest of a figure over a scene's levels, and the level where it is (the first, on a tie).
 * @param {{ level: number, value: number }[]} figures
 */
export function maxOverLevels(figures) {
  if (figures.length === 0) throw new Error('No levels measured');
  return figures.reduce((max, f) => (f.value > max.value ? f : max));
}

/**
 * The most of `times` (sorted, in ms) that fall in any window of `windowMs`.
 * @param {number[]} times
 * @param {number} windowMs
 */
export function mostInWindow(times, windowMs) {
  let most = 0;
  for (let first = 0, last = 0; last < times.length; last++) {
    while (times[last] - times[first] >= windowMs) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

/**
 * Every level's figures of one scene as a Markdown table.
 * @param {{ level: number, desktop: { calls: number, triangles: number }, xr: { calls: number, triangles: number } }[]} levels
 */
export function levelsTable(levels) {
  const lines = [
    '| level | desktop draw calls | desktop triangles | XR draw calls per eye | XR triangles per eye |',
    '| ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { level, desktop, xr } of levels) {
    const cells = [desktop.calls, desktop.triangles, xr.calls, xr.triangles].map((v) =>
      show(v, ''),
    );
    lines.push(`| ${level} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/**
 * The machine the figures were taken on, in one line.
 * @param {{ cpu: string, cores: number, memoryBytes: number, browser: string }} machine
 */
export function describeMachine({ cpu, cores, memoryBytes, browser }) {
  const gib = Math.round(memoryBytes / 2 ** 30);
  return `${cpu.trim()}, ${cores} cores, ${gib} GiB RAM; no GPU: SwiftShader software rendering (Chromium ${browser})`;
}

export const MARKERS = { start: '<!-- bench:start -->', end: '<!-- bench:end -->' };
/** Where `npm run bench -- --gpu` writes its frame times. */
export const GPU_MARKERS = { start: '<!-- bench-gpu:start -->', end: '<!-- bench-gpu:end -->' };

/** The document with the text between the bench markers (or `markers`) replaced. */
export function replaceSection(doc, body, markers = MARKERS) {
  const start = doc.indexOf(markers.start);
  const end = doc.indexOf(markers.end);
  if (start < 0 || end < start) throw new Error('docs/PERFORMANCE.md lacks the bench markers');
  return `${doc.slice(0, start)}${markers.start}\n${body}\n${markers.end}${doc.slice(end + markers.end.length)}`;
}

/** A Meta Quest's frame at 90 Hz: all a frame's work, both eyes, must fit in it. */
export const QUEST_FRAME_MS = 1000 / 90;

/**
 * Renderers that draw WebGL on the CPU, by the names they give in WEBGL_debug_renderer_info:
 * Chromium's SwiftShader (also as ANGLE's Vulkan device), Mesa's llvmpipe, softpipe and
 * lavapipe, Windows' Basic Render Driver, and whatever calls itself software.
 */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|lavapipe|software|basic render/i;

/**
 * Whether WebGL draws on a hardware GPU, from its unmasked renderer string (null: no WebGL, or
 * the renderer would not say). Frame times mean something only then.
 * @param {string | null | undefined} renderer
 */
export function isHardwareRenderer(renderer) {
  if (!renderer?.trim()) return false;
  return !SOFTWARE_RENDERER.test(renderer);
}

/**
 * The median and 95th percentile (nearest rank) of frame times in ms.
 * @param {number[]} times
 */
export function frameStats(times) {
  if (times.length === 0) throw new Error('No frames measured');
  const sorted = [...times].sort((a, b) => a - b);
  const rank = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { median: rank(0.5), p95: rank(0.95) };
}

/**
 * Every level's frame times of one scene as a Markdown table.
 * @param {{ level: number, desktop: { median: number, p95: number }, xr: { median: number, p95: number } }[]} levels
 */
export function frameTimesTable(levels) {
  const lines = [
    '| level | desktop median | desktop 95th pct | XR median | XR 95th pct |',
    '| ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { level, desktop, xr } of levels) {
    const cells = [desktop.median, desktop.p95, xr.median, xr.p95].map((v) => show(v, 'ms'));
    lines.push(`| ${level} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
