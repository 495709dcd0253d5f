// The app's colours and the headset panels' sizes, for what is drawn without the stylesheet: the
// in-VR panels (uikit) and the headset's pacer. The page's stylesheet (views/app/styles.css) has
// the same colours as custom properties; the names here follow them.

export const color = {
  /** The panels' ground (--bg on the page). */
  ground: '#141a2c',
  /** A panel inside a panel, such as the rating (--panel on the page). */
  inset: '#1d2540',
  text: '#e9ecf5',
  muted: '#aab3cc',
  accent: '#f0a070',
  /** The breathing pacer's ring and bar. */
  pacer: '#8fd3c7',
  /** The pacer's track, under the ring or bar that fills. */
  pacerTrack: '#ffffff',
  /** The pacer's label, over any scene. */
  pacerLabel: 'rgba(10, 14, 28, 0.72)',
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
