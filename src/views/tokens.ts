// The app's colours and the headset panels' sizes, one source for everything drawn: the page's
// stylesheet gets the colours as custom properties (--bg, --panel-edge, ... written by
// vite.config.ts from `color`), and the in-VR panels (uikit), the headset pacer and the review's
// charts read them here.

export const color = {
  /** The page's and the panels' ground. */
  bg: '#141a2c',
  /** A panel on the page, or inside a headset panel, such as the rating. */
  panel: '#1d2540',
  panelEdge: '#2f3a60',
  text: '#e9ecf5',
  muted: '#aab3cc',
  accent: '#f0a070',
  /** Text on the accent colour. */
  accentText: '#1b1206',
  error: '#ffb4a8',
  /** The ground of the button that stops an exposure. */
  stop: '#6b1f2a',
  focus: '#ffd9a0',
  /** The breathing pacer's ring and bar. */
  pacer: '#8fd3c7',
  /** The pacer's track, under the ring or bar that fills. */
  pacerTrack: '#ffffff',
  /** The pacer's label, over any scene. */
  pacerLabel: 'rgba(10, 14, 28, 0.72)',
} as const;

/**
 * The in-VR panels' buttons: the main action of a panel on the accent, as on the page, other
 * actions quieter on the panel's edge colour, and the stop in its own red.
 */
export const panelButton = {
  primary: { background: color.accent, text: color.accentText },
  secondary: { background: color.panelEdge, text: color.text },
  destructive: { background: color.stop, text: color.text },
} as const;

/** The in-VR panels, in uikit's units (pixels of the panel, scaled by pixelSize into metres). */
export const panel = {
  pixelSize: 0.0013,
  width: 460,
  padding: 20,
  gap: 12,
  radius: 20,
  inset: { padding: 10, gap: 8, radius: 14 },
  rowGap: 8,
  pickerGap: 6,
  sliderWidth: 220,
  font: { title: 24, label: 18, note: 16 },
} as const;

/** The colours as CSS custom properties: `panelEdge` becomes `--panel-edge`. */
export function colorProperties(): string {
  return Object.entries(color)
    .map(
      ([name, value]) => `  --${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${value};`,
    )
    .join('\n');
}
