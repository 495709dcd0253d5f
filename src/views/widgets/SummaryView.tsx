import { type IntlShape, useIntl } from 'react-intl';
import { findScene } from '../../../scenes/registry';
import {
  type MeasureSpec,
  type ParamSpec,
  type ParamValue,
  paramValueText,
} from '../../../scenes/types';
import { defineMessages, say, type Text } from '../../domain/phrase';
import type { SessionStatus } from '../../domain/session/events';
import { clock } from '../../domain/session/format';
import type { Rating, SessionState } from '../../domain/session/machine';
import type { SessionSummary } from '../../domain/session/summary';
import { SsqSummary } from './SsqSummary';
import { sceneTitle } from './sceneTitle';

const m = defineMessages({
  active: { id: 'summary.status.active', defaultMessage: 'In progress' },
  completed: { id: 'summary.status.completed', defaultMessage: 'Completed' },
  stoppedEarly: { id: 'summary.status.stoppedEarly', defaultMessage: 'Stopped early' },
  interrupted: {
    id: 'summary.status.interrupted',
    defaultMessage: 'Interrupted (the page was closed or the browser stopped)',
  },
  line: {
    id: 'summary.line',
    defaultMessage:
      '{scene} · {startedAt} · {status} · {where, select, headset {in the headset} other {on the screen}}',
    description: 'The session in one line: its place, when it started, how it ended, and where',
  },
  step: { id: 'summary.step', defaultMessage: 'Ladder step: {name}' },
  stepVaried: {
    id: 'summary.stepVaried',
    defaultMessage: 'Ladder step: {name} · varied ({changes})',
    description: 'A session of a ladder step with its details changed slightly, and what changed',
  },
  anotherLayout: {
    id: 'summary.anotherLayout',
    defaultMessage: 'another layout',
    description: 'A varied session: the things in the scene were placed differently',
  },
  variedParam: {
    id: 'summary.variedParam',
    defaultMessage: '{label} {from} → {to}',
    description: 'A detail of the scene changed for a varied session, e.g. "Wind 2 → 3 m/s"',
  },
  baseline: {
    id: 'summary.baseline',
    defaultMessage: 'Before',
    description: 'The distress rating given before the session',
  },
  expected: {
    id: 'summary.expected',
    defaultMessage: 'Expected at worst',
    description: 'The distress the person expected at the worst moment',
  },
  peak: { id: 'summary.peak', defaultMessage: 'Peak' },
  end: { id: 'summary.end', defaultMessage: 'End' },
  drop: { id: 'summary.drop', defaultMessage: 'Drop from peak to end' },
  time: { id: 'summary.time', defaultMessage: 'Time in the scene' },
  likelihood: { id: 'summary.likelihood', defaultMessage: 'How likely the feared outcome felt' },
  expectancy: {
    id: 'summary.expectancy',
    defaultMessage:
      '{before} → {after} <small>({change, plural, one {{signed} point} other {{signed} points}})</small>',
    description:
      'How likely the feared outcome felt before and after, and the change in percentage points, e.g. "80% → 25% (-55 points)"',
  },
  halfOrLower: {
    id: 'summary.halfOrLower',
    defaultMessage: 'Your distress came down to half of its peak or lower before the end.',
  },
  aboveHalf: {
    id: 'summary.aboveHalf',
    defaultMessage:
      'Your distress stayed above half of its peak at the end. That is common early on; repeating a step helps.',
  },
  levels: { id: 'summary.levels', defaultMessage: 'Time at each level' },
  levelTime: { id: 'summary.levelTime', defaultMessage: 'Level {level} ({name}): {time}' },
  levelTimeUnnamed: {
    id: 'summary.levelTimeUnnamed',
    defaultMessage: 'Level {level}: {time}',
    description: 'Time at a level of a scene this version of the app no longer has',
  },
  ratings: { id: 'summary.ratings', defaultMessage: 'Ratings' },
  noRatings: {
    id: 'summary.noRatings',
    defaultMessage: 'No ratings were given during the session.',
  },
  caption: {
    id: 'summary.caption',
    defaultMessage:
      'Distress ratings in the order given: time since the start with pauses, as on the curve, and active time without them',
  },
  sinceStart: { id: 'summary.sinceStart', defaultMessage: 'Since the start' },
  activeTime: { id: 'summary.activeTime', defaultMessage: 'Active time' },
  suds: { id: 'summary.suds', defaultMessage: 'SUDS' },
  level: { id: 'summary.level', defaultMessage: 'Level' },
  askedFor: {
    id: 'summary.askedFor',
    defaultMessage: 'Asked for',
    description: 'Column: who asked for the rating, the app (prompted) or the person',
  },
  pacer: { id: 'summary.pacer', defaultMessage: 'Breathing pacer' },
  prompted: {
    id: 'summary.prompted',
    defaultMessage: 'prompted',
    description: 'A rating the app asked for',
  },
  ownAccord: {
    id: 'summary.ownAccord',
    defaultMessage: 'your own',
    description: 'A rating the person gave without being asked',
  },
  pacerShown: {
    id: 'summary.pacerShown',
    defaultMessage: 'shown',
    description: 'The breathing pacer was shown when the rating was given',
  },
  skipped: { id: 'summary.skipped', defaultMessage: 'Prompts skipped or missed: {count, number}.' },
  measured: { id: 'summary.measured', defaultMessage: 'What the scene measured' },
  yes: { id: 'summary.yes', defaultMessage: 'yes' },
  no: { id: 'summary.no', defaultMessage: 'no' },
  learned: { id: 'summary.learned', defaultMessage: 'What you learned: “{learned}”' },
});

const STATUS: Readonly<Record<SessionStatus, Text>> = {
  active: m.active,
  completed: m.completed,
  'stopped-early': m.stoppedEarly,
  interrupted: m.interrupted,
};

export function formatMeasure(intl: IntlShape, value: number, spec: MeasureSpec): string {
  if (spec.yesNo) return intl.formatMessage(value >= 1 ? m.yes : m.no);
  return spec.unit ? intl.formatMessage(spec.unit, { value }) : intl.formatNumber(value);
}

/** A parameter's value in a variation: a number alone, or with its unit where `unit` asks. */
function variedValue(intl: IntlShape, spec: ParamSpec, value: ParamValue, unit: boolean) {
  if (spec.kind === 'number' && typeof value === 'number')
    return unit && spec.unit ? intl.formatMessage(spec.unit, { value }) : intl.formatNumber(value);
  return say(intl, paramValueText(spec, value));
}

function variationWords(
  intl: IntlShape,
  changed: Record<string, { from: ParamValue; to: ParamValue }>,
  specs: readonly ParamSpec[],
): string {
  const parts = Object.entries(changed).map(([name, c]) => {
    const spec = specs.find((p) => p.name === name);
    // A parameter the scene no longer has is named as it was stored.
    if (!spec)
      return intl.formatMessage(m.variedParam, {
        label: name,
        from: String(c.from),
        to: String(c.to),
      });
    return intl.formatMessage(m.variedParam, {
      label: intl.formatMessage(spec.label),
      from: variedValue(intl, spec, c.from, false),
      to: variedValue(intl, spec, c.to, true),
    });
  });
  return intl.formatList([intl.formatMessage(m.anotherLayout), ...parts], {
    type: 'unit',
    style: 'short',
  });
}

export function SummaryView({
  state,
  summary,
  ratings = state.ratings,
}: {
  state: SessionState;
  summary: SessionSummary;
  /** The ratings to list: the state's, or those of the session read back that its curve draws. */
  ratings?: readonly Rating[];
}) {
  const intl = useIntl();
  const scene = findScene(state.sceneId);
  const levelName = (level: number) => scene?.levels[level - 1]?.name;
  const n = (x: number) => intl.formatNumber(x);
  const percent = (x: number) =>
    intl.formatNumber(x / 100, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <div className="summary">
      <p>
        {intl.formatMessage(m.line, {
          scene: sceneTitle(intl, state.sceneId),
          startedAt: intl.formatDate(state.startedAt, { dateStyle: 'medium', timeStyle: 'short' }),
          status: intl.formatMessage(STATUS[summary.status]),
          where: state.everInHeadset ? 'headset' : 'screen',
        })}
      </p>
      {state.step && (
        <p data-figure="step">
          {state.variation
            ? intl.formatMessage(m.stepVaried, {
                name: state.step.name,
                changes: variationWords(intl, state.variation.changed, scene?.params ?? []),
              })
            : intl.formatMessage(m.step, { name: state.step.name })}
        </p>
      )}
      <dl className="figures">
        <div>
          <dt>{intl.formatMessage(m.baseline)}</dt>
          <dd data-figure="baseline">{n(summary.baseline)}</dd>
        </div>
        <div>
          <dt>{intl.formatMessage(m.expected)}</dt>
          <dd data-figure="expected">{n(summary.expected)}</dd>
        </div>
        <div>
          <dt>{intl.formatMessage(m.peak)}</dt>
          <dd data-figure="peak">{n(summary.peak)}</dd>
        </div>
        <div>
          <dt>{intl.formatMessage(m.end)}</dt>
          <dd data-figure="end">{n(summary.end)}</dd>
        </div>
        <div>
          <dt>{intl.formatMessage(m.drop)}</dt>
          <dd data-figure="drop">
            {summary.dropPercent === null ? '–' : percent(summary.dropPercent)}
          </dd>
        </div>
        <div>
          <dt>{intl.formatMessage(m.time)}</dt>
          <dd data-figure="time">{clock(summary.activeSeconds)}</dd>
        </div>
        {summary.expectancyChange !== null && (
          <div className="wide">
            <dt>{intl.formatMessage(m.likelihood)}</dt>
            <dd data-figure="expectancy">
              {intl.formatMessage(m.expectancy, {
                before: percent(state.before.likelihood ?? 0),
                after: percent(state.after?.likelihoodNow ?? 0),
                change: summary.expectancyChange,
                signed: intl.formatNumber(summary.expectancyChange, { signDisplay: 'exceptZero' }),
                small: (words) => <small>{words}</small>,
              })}
            </dd>
          </div>
        )}
      </dl>
      <SsqSummary state={state} />
      {summary.peak > 0 && (
        <p>{intl.formatMessage(summary.endAtOrBelowHalfPeak ? m.halfOrLower : m.aboveHalf)}</p>
      )}
      {summary.secondsAtLevel.length > 0 && (
        <>
          <h2>{intl.formatMessage(m.levels)}</h2>
          <ul>
            {summary.secondsAtLevel.map((l) => {
              const name = levelName(l.level);
              const time = clock(l.seconds);
              return (
                <li key={l.level}>
                  {name
                    ? intl.formatMessage(m.levelTime, {
                        level: l.level,
                        name: intl.formatMessage(name),
                        time,
                      })
                    : intl.formatMessage(m.levelTimeUnnamed, { level: l.level, time })}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h2>{intl.formatMessage(m.ratings)}</h2>
      {ratings.length === 0 ? (
        <p>{intl.formatMessage(m.noRatings)}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{intl.formatMessage(m.caption)}</caption>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(m.sinceStart)}</th>
              <th scope="col">{intl.formatMessage(m.activeTime)}</th>
              <th scope="col">{intl.formatMessage(m.suds)}</th>
              <th scope="col">{intl.formatMessage(m.level)}</th>
              <th scope="col">{intl.formatMessage(m.askedFor)}</th>
              <th scope="col">{intl.formatMessage(m.pacer)}</th>
            </tr>
          </thead>
          <tbody>
            {ratings.map((r) => (
              <tr key={r.at}>
                <td>{clock(r.sinceStart)}</td>
                <td>{clock(r.activeSeconds)}</td>
                <td>{n(r.suds)}</td>
                <td>{n(r.level)}</td>
                <td>{intl.formatMessage(r.prompted ? m.prompted : m.ownAccord)}</td>
                <td>{r.pacer ? intl.formatMessage(m.pacerShown) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {summary.skippedPrompts > 0 && (
        <p>{intl.formatMessage(m.skipped, { count: summary.skippedPrompts })}</p>
      )}
      {scene?.measures.some((spec) => state.measures[spec.name] !== undefined) && (
        <>
          <h2>{intl.formatMessage(m.measured)}</h2>
          <dl className="figures measures">
            {scene.measures
              .filter((spec) => state.measures[spec.name] !== undefined)
              .map((spec) => (
                <div key={spec.name}>
                  <dt>{intl.formatMessage(spec.label)}</dt>
                  <dd data-measure={spec.name}>
                    {formatMeasure(intl, state.measures[spec.name] as number, spec)}
                  </dd>
                </div>
              ))}
          </dl>
        </>
      )}
      {state.after?.learned && (
        <p>{intl.formatMessage(m.learned, { learned: state.after.learned })}</p>
      )}
    </div>
  );
}
