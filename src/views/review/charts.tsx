// The review's charts, drawn as SVG by Observable Plot so they print and scale. Each has a
// sentence that says what it shows and its data as a table, for screen readers and for print.
// Plot (and its d3) is fetched while the page paints and draws only after its first paint, one
// chart per task, into a box of the chart's own size reserved from the start: the page shows at
// once and nothing moves.
import type * as PlotModule from '@observablehq/plot';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { type IntlShape, useIntl } from 'react-intl';
import { defineMessages } from '../../domain/phrase';
import { dateAxis } from '../../domain/review/dateAxis';
import type { ProgressPoint } from '../../domain/review/progress';
import type { SessionCurve, Span } from '../../domain/session/curve';
import { clock } from '../../domain/session/format';
import { color } from '../tokens';
import { afterPaint } from './afterPaint';

type Plot = typeof PlotModule;

const m = defineMessages({
  table: { id: 'charts.table', defaultMessage: 'The data as a table' },
  minutes: { id: 'charts.minutes', defaultMessage: 'Minutes since the start' },
  suds: {
    id: 'charts.suds',
    defaultMessage: 'SUDS',
    description: 'Axis label: the distress rating scale, 0 to 100 (Subjective Units of Distress)',
  },
  levelBand: {
    id: 'charts.levelBand',
    defaultMessage: 'level {level}',
    description: 'Written at the top of the part of the curve run at this level',
  },
  rating: { id: 'charts.rating', defaultMessage: '{time}: {suds}' },
  ratingPrompted: {
    id: 'charts.ratingPrompted',
    defaultMessage: '{time}: {suds} (prompted)',
    description: 'A rating the app asked for, at this time since the start',
  },
  noRatings: {
    id: 'charts.noRatings',
    defaultMessage: 'No ratings were given during this session.',
  },
  curveCaption: {
    id: 'charts.curveCaption',
    defaultMessage:
      'Distress over the session: {count, plural, one {# rating} other {# ratings}} from {first} to {last}, peak {peak}. Filled circles were prompted, open diamonds given by you; bands are levels, teal shading the breathing pacer, grey pauses, the purple strip time in the headset, the dashed line the stop. Every rating is listed in the table below.',
  },
  curveLabel: { id: 'charts.curveLabel', defaultMessage: 'Distress over the session' },
  sessionDate: { id: 'charts.sessionDate', defaultMessage: 'Session date' },
  level: { id: 'charts.level', defaultMessage: 'Level' },
  progressCaption: {
    id: 'charts.progressCaption',
    defaultMessage:
      '{scene}: peak and end distress of each session, and the level of each session with the highest reached so far.',
  },
  distressLabel: {
    id: 'charts.distressLabel',
    defaultMessage: '{scene}: peak and end distress per session',
  },
  levelsLabel: {
    id: 'charts.levelsLabel',
    defaultMessage: '{scene}: level per session and highest level reached',
  },
  date: { id: 'charts.date', defaultMessage: 'Date' },
  peak: { id: 'charts.peak', defaultMessage: 'Peak' },
  end: { id: 'charts.end', defaultMessage: 'End' },
  drop: {
    id: 'charts.drop',
    defaultMessage: 'Drop',
    description: 'Column: how far distress fell from its peak to the end, as a percentage',
  },
  likelihood: {
    id: 'charts.likelihood',
    defaultMessage: 'How likely the feared outcome felt, before → after',
  },
  likelihoodChange: {
    id: 'charts.likelihoodChange',
    defaultMessage: '{before, number, percent} → {after, number, percent}',
  },
  legendPeak: { id: 'charts.legendPeak', defaultMessage: 'peak' },
  legendEnd: { id: 'charts.legendEnd', defaultMessage: 'end' },
});

const COLORS = {
  line: color.accent,
  end: color.pacer,
  pacer: color.pacer,
  pause: color.muted,
  headset: '#b39ddb',
  stop: '#ff8a80',
  level: color.text,
};

let plotModule: Promise<Plot> | null = null;
/** Fetches the chart library; a page with charts to draw asks for it before they are due. */
export const loadPlot = () => {
  plotModule ??= import('@observablehq/plot');
  return plotModule;
};

const adoptedPlotStyles = new Set<string>();

/**
 * Plot puts a <style> element in every chart and legend, which the Content-Security-Policy
 * (style-src 'self', no inline styles) refuses. Its rules are taken out before the chart is shown
 * and adopted once for the page as a constructed style sheet, which the policy does not govern.
 */
function adoptPlotStyles(figure: Element) {
  for (const style of figure.querySelectorAll('style')) {
    const css = style.textContent ?? '';
    style.remove();
    if (adoptedPlotStyles.has(css)) continue;
    adoptedPlotStyles.add(css);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
}

/** What every chart shares: its width, room for the SUDS axis, and the page's own colours. */
const FRAME = {
  width: 760,
  marginLeft: 44,
  style: { background: 'transparent', color: 'currentColor', fontSize: '12px' },
} as const;

/** An axis's numbers as the page's language writes them (Plot's own are always US English). */
const numbers = (intl: IntlShape) => (n: number) => intl.formatNumber(n);

/**
 * Mounts a Plot chart of FRAME's width and this height once the page has painted; redrawn only
 * when its options change. Its box has the chart's proportions before the chart is there.
 */
function PlotSvg({
  make,
  label,
  height,
}: {
  make: (plot: Plot) => ReturnType<Plot['plot']>;
  label: string;
  height: number;
}) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let figure: Element | null = null;
    let gone = false;
    const cancel = afterPaint(async () => {
      const plot = await loadPlot();
      if (gone) return;
      figure = make(plot);
      adoptPlotStyles(figure);
      // One image with one name: the marks' own labels are not allowed on plain groups, and the
      // table beside the chart says what they would.
      for (const marked of figure.querySelectorAll('[aria-label]'))
        marked.removeAttribute('aria-label');
      figure.setAttribute('role', 'img');
      figure.setAttribute('aria-label', label);
      holder.current?.replaceChildren(figure);
    });
    return () => {
      gone = true;
      cancel();
      figure?.remove();
    };
  }, [make, label]);
  return (
    <div
      className="chart"
      ref={holder}
      style={{ aspectRatio: `${FRAME.width} / ${height}`, maxWidth: `${FRAME.width}px` }}
    />
  );
}

function ChartFigure({
  caption,
  children,
  table,
}: {
  caption: string;
  children: ReactNode;
  /** The numbers behind the chart; left out where the page already lists them. */
  table?: () => ReactNode;
}) {
  const intl = useIntl();
  const details = useRef<HTMLDetailsElement>(null);
  // Built only once opened: ten years of sessions are tens of thousands of cells no one reads
  // until they ask, and building them would hold up the page's first paint.
  const [open, setOpen] = useState(false);
  // A printed report carries the numbers too: a closed disclosure would print empty. Built
  // synchronously, as the browser lays the page out for print when this handler returns.
  useEffect(() => {
    const print = () => {
      flushSync(() => setOpen(true));
      if (details.current) details.current.open = true;
    };
    window.addEventListener('beforeprint', print);
    return () => window.removeEventListener('beforeprint', print);
  }, []);
  return (
    <figure className="chart-figure">
      <figcaption>{caption}</figcaption>
      {children}
      {table && (
        <details
          className="chart-data"
          ref={details}
          onToggle={(e) => {
            if (e.currentTarget.open) setOpen(true);
          }}
        >
          <summary>{intl.formatMessage(m.table)}</summary>
          {open && table()}
        </details>
      )}
    </figure>
  );
}

const minutes = (seconds: number) => seconds / 60;

/** Time spans as shaded bands across the chart, or as a strip at its foot. */
const band = (
  Plot: Plot,
  spans: readonly Span[],
  fill: string,
  fillOpacity: number | ((d: Span, i: number) => number),
  top = 100,
) =>
  Plot.rect(spans, {
    x1: (d: Span) => minutes(d.from),
    x2: (d: Span) => minutes(d.to),
    y1: 0,
    y2: top,
    fill,
    fillOpacity,
  });

const CURVE_HEIGHT = 300;
const DISTRESS_HEIGHT = 240;
const LEVELS_HEIGHT = 160;

export function SessionCurveChart({ curve }: { curve: SessionCurve }) {
  const intl = useIntl();
  const draw = useCallback(
    (Plot: Plot) =>
      Plot.plot({
        ...FRAME,
        height: CURVE_HEIGHT,
        x: {
          label: intl.formatMessage(m.minutes),
          domain: [0, Math.max(1, minutes(curve.length))],
          tickFormat: numbers(intl),
        },
        y: {
          label: intl.formatMessage(m.suds),
          domain: [0, 100],
          grid: true,
          tickFormat: numbers(intl),
        },
        marks: [
          // Levels as bands behind the curve, each named at the top.
          band(Plot, curve.levels, COLORS.level, (_d, i) => (i % 2 === 0 ? 0.04 : 0.1)),
          Plot.text(curve.levels, {
            x: (d) => minutes((d.from + d.to) / 2),
            y: 97,
            text: (d) => intl.formatMessage(m.levelBand, { level: d.level }),
            fill: 'currentColor',
          }),
          band(Plot, curve.pacer, COLORS.pacer, 0.16),
          band(Plot, curve.pauses, COLORS.pause, 0.25),
          band(Plot, curve.headset, COLORS.headset, 1, 3),
          ...(curve.stop !== null
            ? [Plot.ruleX([minutes(curve.stop)], { stroke: COLORS.stop, strokeDasharray: '4,3' })]
            : []),
          Plot.line(curve.points, {
            x: (d) => minutes(d.sinceStart),
            y: 'suds',
            stroke: COLORS.line,
          }),
          Plot.dot(curve.points, {
            x: (d) => minutes(d.sinceStart),
            y: 'suds',
            r: 4,
            symbol: (d: { prompted: boolean }) => (d.prompted ? 'circle' : 'diamond'),
            fill: (d) => (d.prompted ? COLORS.line : 'none'),
            stroke: COLORS.line,
            title: (d) =>
              intl.formatMessage(d.prompted ? m.ratingPrompted : m.rating, {
                time: clock(d.sinceStart),
                suds: d.suds,
              }),
          }),
        ],
      }),
    [curve, intl],
  );
  const caption =
    curve.points.length === 0
      ? intl.formatMessage(m.noRatings)
      : intl.formatMessage(m.curveCaption, {
          count: curve.points.length,
          first: curve.points[0]?.suds,
          last: curve.points.at(-1)?.suds,
          peak: Math.max(...curve.points.map((p) => p.suds)),
        });
  return (
    <ChartFigure caption={caption}>
      <PlotSvg make={draw} label={intl.formatMessage(m.curveLabel)} height={CURVE_HEIGHT} />
    </ChartFigure>
  );
}

// One formatter per language for every row of every table: each new one is costly to build, and a
// table may have thousands of rows.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(locale: string): Intl.DateTimeFormat {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale);
    dayFormats.set(locale, format);
  }
  return format;
}

export function ProgressCharts({ title, points }: { title: string; points: ProgressPoint[] }) {
  const intl = useIntl();
  const withDates = useMemo(
    () => points.map((p) => ({ ...p, date: new Date(p.startedAt) })),
    [points],
  );
  // Whole days, labelled as dates, at every range: one session, one day, ten years.
  const x = useMemo(() => {
    const axis = dateAxis(
      points.map((p) => p.startedAt),
      intl.locale,
    );
    return {
      label: intl.formatMessage(m.sessionDate),
      type: 'time',
      domain: axis.domain,
      ticks: axis.ticks,
      tickFormat: axis.format,
    } as const;
  }, [points, intl]);
  // Beyond this many sessions a dot each would hide the lines and cost a long task to draw.
  const marker = points.length <= 120 ? 'circle' : 'none';
  const distress = useCallback(
    (Plot: Plot) =>
      Plot.plot({
        ...FRAME,
        height: DISTRESS_HEIGHT,
        x,
        y: {
          label: intl.formatMessage(m.suds),
          domain: [0, 100],
          grid: true,
          tickFormat: numbers(intl),
        },
        marks: [
          Plot.line(withDates, { x: 'date', y: 'peak', stroke: COLORS.line, marker }),
          Plot.line(withDates, { x: 'date', y: 'end', stroke: COLORS.end, marker }),
        ],
      }),
    [withDates, x, marker, intl],
  );
  const levels = useCallback(
    (Plot: Plot) =>
      Plot.plot({
        ...FRAME,
        height: LEVELS_HEIGHT,
        x,
        y: {
          label: intl.formatMessage(m.level),
          domain: [0, 10],
          grid: true,
          tickFormat: numbers(intl),
        },
        marks: [
          Plot.line(withDates, {
            x: 'date',
            y: 'highestSoFar',
            curve: 'step-after',
            stroke: COLORS.end,
          }),
          marker === 'none'
            ? Plot.line(withDates, {
                x: 'date',
                y: 'level',
                stroke: COLORS.line,
                strokeOpacity: 0.6,
              })
            : Plot.dot(withDates, { x: 'date', y: 'level', fill: COLORS.line, r: 3 }),
        ],
      }),
    [withDates, x, marker, intl],
  );
  const day = dayFormat(intl.locale);
  const percent = (n: number) =>
    intl.formatNumber(n / 100, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <ChartFigure
      caption={intl.formatMessage(m.progressCaption, { scene: title })}
      table={() => (
        <table>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(m.date)}</th>
              <th scope="col">{intl.formatMessage(m.level)}</th>
              <th scope="col">{intl.formatMessage(m.peak)}</th>
              <th scope="col">{intl.formatMessage(m.end)}</th>
              <th scope="col">{intl.formatMessage(m.drop)}</th>
              <th scope="col">{intl.formatMessage(m.likelihood)}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.startedAt}>
                <td>{day.format(p.startedAt)}</td>
                <td>{p.level}</td>
                <td>{p.peak}</td>
                <td>{p.end}</td>
                <td>{p.dropPercent === null ? '–' : percent(p.dropPercent)}</td>
                <td>
                  {p.likelihood
                    ? intl.formatMessage(m.likelihoodChange, {
                        before: p.likelihood.before / 100,
                        after: p.likelihood.after / 100,
                      })
                    : '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      {/* The legend in the page, not in the chart: the chart's box is then the chart alone. */}
      <p className="chart-legend" aria-hidden="true">
        <span className="swatch swatch-peak" /> {intl.formatMessage(m.legendPeak)}{' '}
        <span className="swatch swatch-end" /> {intl.formatMessage(m.legendEnd)}
      </p>
      <PlotSvg
        make={distress}
        label={intl.formatMessage(m.distressLabel, { scene: title })}
        height={DISTRESS_HEIGHT}
      />
      <PlotSvg
        make={levels}
        label={intl.formatMessage(m.levelsLabel, { scene: title })}
        height={LEVELS_HEIGHT}
      />
    </ChartFigure>
  );
}
