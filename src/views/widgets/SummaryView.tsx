import { findScene } from '../../../scenes/registry';
import type { MeasureSpec, ParamSpec } from '../../../scenes/types';
import { clock } from '../../domain/session/format';
import type { Rating, SessionState } from '../../domain/session/machine';
import type { SessionSummary } from '../../domain/session/summary';
import { SsqSummary } from './SsqSummary';

const statusWords = {
  active: 'In progress',
  completed: 'Completed',
  'stopped-early': 'Stopped early',
  interrupted: 'Interrupted (the page was closed or the browser stopped)',
} as const;

function formatMeasure(value: number, spec: MeasureSpec): string {
  if (spec.yesNo) return value >= 1 ? 'yes' : 'no';
  return spec.unit ? `${value} ${spec.unit}` : String(value);
}

function variationWords(
  changed: Record<string, { from: unknown; to: unknown }>,
  specs: readonly ParamSpec[],
): string {
  const parts = Object.entries(changed).map(([name, c]) => {
    const spec = specs.find((p) => p.name === name);
    const unit = spec?.kind === 'number' && spec.unit ? ` ${spec.unit}` : '';
    return `${spec?.label ?? name} ${c.from} → ${c.to}${unit}`;
  });
  return ['another layout', ...parts].join(', ');
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
  const scene = findScene(state.sceneId);
  const levelName = (level: number) => scene?.levels[level - 1]?.name ?? '';
  const started = new Date(state.startedAt);
  return (
    <div className="summary">
      <p>
        {scene?.title ?? state.sceneId} · {started.toLocaleString()} · {statusWords[summary.status]}
        {state.everInHeadset ? ' · in the headset' : ' · on the screen'}
      </p>
      {state.step && (
        <p data-figure="step">
          Ladder step: {state.step.name}
          {state.variation
            ? ` · varied (${variationWords(state.variation.changed, scene?.params ?? [])})`
            : ''}
        </p>
      )}
      <dl className="figures">
        <div>
          <dt>Before</dt>
          <dd data-figure="baseline">{summary.baseline}</dd>
        </div>
        <div>
          <dt>Expected at worst</dt>
          <dd data-figure="expected">{summary.expected}</dd>
        </div>
        <div>
          <dt>Peak</dt>
          <dd data-figure="peak">{summary.peak}</dd>
        </div>
        <div>
          <dt>End</dt>
          <dd data-figure="end">{summary.end}</dd>
        </div>
        <div>
          <dt>Drop from peak to end</dt>
          <dd data-figure="drop">
            {summary.dropPercent === null ? '–' : `${summary.dropPercent} %`}
          </dd>
        </div>
        <div>
          <dt>Time in the scene</dt>
          <dd data-figure="time">{clock(summary.activeSeconds)}</dd>
        </div>
        {summary.expectancyChange !== null && (
          <div className="wide">
            <dt>How likely the feared outcome felt</dt>
            <dd data-figure="expectancy">
              {state.before.likelihood} % → {state.after?.likelihoodNow} %{' '}
              <small>
                ({summary.expectancyChange > 0 ? '+' : ''}
                {summary.expectancyChange} points)
              </small>
            </dd>
          </div>
        )}
      </dl>
      <SsqSummary state={state} />
      {summary.peak > 0 && (
        <p>
          {summary.endAtOrBelowHalfPeak
            ? 'Your distress came down to half of its peak or lower before the end.'
            : 'Your distress stayed above half of its peak at the end. That is common early on; repeating a step helps.'}
        </p>
      )}
      {summary.secondsAtLevel.length > 0 && (
        <>
          <h2>Time at each level</h2>
          <ul>
            {summary.secondsAtLevel.map((l) => (
              <li key={l.level}>
                Level {l.level} {levelName(l.level) && `(${levelName(l.level)})`}:{' '}
                {clock(l.seconds)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Ratings</h2>
      {ratings.length === 0 ? (
        <p>No ratings were given during the session.</p>
      ) : (
        <table>
          <caption className="visually-hidden">
            Distress ratings in the order given: time since the start with pauses, as on the curve,
            and active time without them
          </caption>
          <thead>
            <tr>
              <th scope="col">Since the start</th>
              <th scope="col">Active time</th>
              <th scope="col">SUDS</th>
              <th scope="col">Level</th>
              <th scope="col">Asked for</th>
              <th scope="col">Breathing pacer</th>
            </tr>
          </thead>
          <tbody>
            {ratings.map((r) => (
              <tr key={r.at}>
                <td>{clock(r.sinceStart)}</td>
                <td>{clock(r.activeSeconds)}</td>
                <td>{r.suds}</td>
                <td>{r.level}</td>
                <td>{r.prompted ? 'prompted' : 'your own'}</td>
                <td>{r.pacer ? 'shown' : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {summary.skippedPrompts > 0 && <p>Prompts skipped or missed: {summary.skippedPrompts}.</p>}
      {scene?.measures.some((m) => state.measures[m.name] !== undefined) && (
        <>
          <h2>What the scene measured</h2>
          <dl className="figures measures">
            {scene.measures
              .filter((m) => state.measures[m.name] !== undefined)
              .map((m) => (
                <div key={m.name}>
                  <dt>{m.label}</dt>
                  <dd data-measure={m.name}>
                    {formatMeasure(state.measures[m.name] as number, m)}
                  </dd>
                </div>
              ))}
          </dl>
        </>
      )}
      {state.after?.learned && <p>What you learned: “{state.after.learned}”</p>}
    </div>
  );
}
