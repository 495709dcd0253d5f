// The companion's page, for a laptop or tablet beside the person: pair with the code their device
// shows, then follow the session as it is told (scene, level, phase, time, the SUDS curve rating
// by rating, the pacer, the scene's measures) and steer it. Every command is carried out and
// logged on the person's device, as the companion's; their own stop always works.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link as PageLink } from 'wouter';
import { findScene } from '../../../scenes/registry';
import { levelOf } from '../../../scenes/types';
import type { Command, LiveMessage } from '../../domain/link/messages';
import { patternName } from '../../domain/pacer/patterns';
import { defineMessages, type Phrase, say } from '../../domain/phrase';
import type { SessionCurve } from '../../domain/session/curve';
import { clock } from '../../domain/session/format';
import { useLink } from '../../state/link';
import { SessionCurveChart } from '../review/charts';
import { paths } from '../routes';
import { formatMeasure } from '../widgets/SummaryView';
import { linkUp, statusWords } from './linkWords';

const m = defineMessages({
  title: { id: 'companion.title', defaultMessage: 'Companion' },
  lead: {
    id: 'companion.lead',
    defaultMessage:
      'Beside a person practising in Foothold: pair with the code their device shows (Settings, “A companion beside you”), then follow and steer their session from here.',
  },
  codeLabel: { id: 'companion.codeLabel', defaultMessage: 'Code from the person’s device' },
  pair: { id: 'companion.pair', defaultMessage: 'Pair' },
  end: { id: 'companion.end', defaultMessage: 'End the pairing' },
  noSession: {
    id: 'companion.noSession',
    defaultMessage: 'No session is running on the person’s device.',
  },
  before: {
    id: 'companion.before',
    defaultMessage: 'The person is answering the questions before the exposure.',
  },
  running: { id: 'companion.running', defaultMessage: 'Exposure running' },
  paused: { id: 'companion.paused', defaultMessage: 'Paused' },
  rest: { id: 'companion.rest', defaultMessage: 'Resting in the calm place' },
  after: {
    id: 'companion.after',
    defaultMessage: 'Stopped: in the calm place, answering the questions after',
  },
  ended: { id: 'companion.ended', defaultMessage: 'Session ended' },
  scene: {
    id: 'companion.scene',
    defaultMessage: '{scene}, level {level}: {levelName}',
  },
  elapsed: { id: 'companion.elapsed', defaultMessage: 'Time in the scene' },
  lastRating: {
    id: 'companion.lastRating',
    defaultMessage: 'Last rating {suds, number}, {seconds, number} s ago',
  },
  noRating: { id: 'companion.noRating', defaultMessage: 'No rating yet' },
  ratings: { id: 'companion.ratings', defaultMessage: 'Ratings so far: {list}' },
  pacerOn: { id: 'companion.pacerOn', defaultMessage: 'Pacer shown: {pattern}' },
  pacerOff: { id: 'companion.pacerOff', defaultMessage: 'Pacer hidden' },
  measures: { id: 'companion.measures', defaultMessage: 'What the scene measures' },
  controls: { id: 'companion.controls', defaultMessage: 'Steer the session' },
  askRating: { id: 'companion.askRating', defaultMessage: 'Ask for a rating now' },
  levelDown: { id: 'companion.levelDown', defaultMessage: 'Level down' },
  levelUp: { id: 'companion.levelUp', defaultMessage: 'Level up' },
  showPacer: { id: 'companion.showPacer', defaultMessage: 'Show the pacer' },
  hidePacer: { id: 'companion.hidePacer', defaultMessage: 'Hide the pacer' },
  pause: { id: 'companion.pause', defaultMessage: 'Pause' },
  resume: { id: 'companion.resume', defaultMessage: 'Resume' },
  stop: { id: 'companion.stop', defaultMessage: 'Stop the session' },
  refused: {
    id: 'companion.refused',
    defaultMessage: 'The person’s device did not do that now (the session may have moved on).',
  },
  synced: {
    id: 'companion.synced',
    defaultMessage:
      '{count, plural, =0 {The log is up to date with the person’s device.} one {# session from the person’s device is now in your Review.} other {# sessions from the person’s device are now in your Review.}}',
  },
  review: { id: 'companion.review', defaultMessage: 'Open the Review' },
});

const PHASE_WORDS = {
  before: m.before,
  running: m.running,
  paused: m.paused,
  rest: m.rest,
  after: m.after,
  ended: m.ended,
  none: m.noSession,
} as const;

export default function CompanionPage({ code }: { code?: string }) {
  const intl = useIntl();
  const status = useLink((s) => s.status);
  const join = useLink((s) => s.joinAsCompanion);
  const end = useLink((s) => s.end);
  const synced = useLink((s) => s.synced);
  const [typed, setTyped] = useState(code ?? '');
  const [problem, setProblem] = useState<Phrase | null>(null);
  const inputId = useId();
  const mine = status?.role === 'companion' ? status : null;
  const joined = mine && mine.phase.kind !== 'ended' && mine.phase.kind !== 'refused';
  const words = mine ? statusWords(mine) : null;
  const failed = mine?.phase.kind === 'refused';

  return (
    <section className="companion-page">
      <h1>{intl.formatMessage(m.title)}</h1>
      <p className="lead">{intl.formatMessage(m.lead)}</p>
      {joined ? null : (
        <form
          className="companion-join"
          onSubmit={(e) => {
            e.preventDefault();
            setProblem(join(typed));
          }}
        >
          <label htmlFor={inputId}>{intl.formatMessage(m.codeLabel)}</label>
          <input
            id={inputId}
            inputMode="numeric"
            autoComplete="off"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
          <button type="submit" className="primary">
            {intl.formatMessage(m.pair)}
          </button>
          {problem ? <p role="alert">{say(intl, problem)}</p> : null}
        </form>
      )}
      {words ? (
        <p role={failed ? 'alert' : 'status'} className="link-status">
          {intl.formatMessage(words.message, words.values)}
        </p>
      ) : null}
      {mine?.phase.kind === 'paired' ? <LiveSession /> : null}
      {synced ? (
        <p role="status">
          {intl.formatMessage(m.synced, { count: synced.added })}{' '}
          <PageLink href={paths.review}>{intl.formatMessage(m.review)}</PageLink>
        </p>
      ) : null}
      {joined ? (
        <button type="button" onClick={() => void end()}>
          {intl.formatMessage(m.end)}
        </button>
      ) : null}
    </section>
  );
}

function LiveSession() {
  const intl = useIntl();
  const live = useLink((s) => s.live);
  const liveAt = useLink((s) => s.liveAt);
  const up = useLink((s) => linkUp(s.status));
  const lastRefused = useLink((s) => s.lastRefusedCommand);
  const command = useLink((s) => s.command);
  const scene = live?.sceneId ? findScene(live.sceneId) : undefined;
  const curve = useMemo(() => (live ? curveOf(live) : null), [live]);
  if (!live) return null;
  const exposing = live.phase === 'running' || live.phase === 'paused';
  const last = live.ratings.at(-1);
  const send = (c: Command) => () => void command(c);
  return (
    <section aria-labelledby="live-title" className="companion-live">
      <h2 id="live-title">
        {scene && live.level
          ? intl.formatMessage(m.scene, {
              scene: intl.formatMessage(scene.title),
              level: live.level,
              levelName: intl.formatMessage(levelOf(scene, live.level).name),
            })
          : intl.formatMessage(PHASE_WORDS[live.phase])}
      </h2>
      <p data-testid="companion-phase">{intl.formatMessage(PHASE_WORDS[live.phase])}</p>
      {live.sessionId ? (
        <p>
          {intl.formatMessage(m.elapsed)}: <LiveClock live={live} liveAt={liveAt ?? Date.now()} />
        </p>
      ) : null}
      {live.sessionId ? (
        <p data-testid="companion-last-rating">
          {last
            ? intl.formatMessage(m.lastRating, {
                suds: last.suds,
                seconds: Math.round(live.sinceRating ?? 0),
              })
            : intl.formatMessage(m.noRating)}
        </p>
      ) : null}
      {live.ratings.length > 0 ? (
        <p className="visually-hidden-list" data-testid="companion-ratings">
          {intl.formatMessage(m.ratings, {
            list: intl.formatList(live.ratings.map((r) => intl.formatNumber(r.suds))),
          })}
        </p>
      ) : null}
      {curve && live.ratings.length > 0 ? <SessionCurveChart curve={curve} /> : null}
      {live.sessionId ? (
        <p>
          {live.pacer
            ? intl.formatMessage(m.pacerOn, { pattern: say(intl, patternName(live.pacer)) })
            : intl.formatMessage(m.pacerOff)}
        </p>
      ) : null}
      {scene && Object.keys(live.measures).length > 0 ? (
        <>
          <h3>{intl.formatMessage(m.measures)}</h3>
          <dl className="companion-measures">
            {scene.measures
              .filter((spec) => live.measures[spec.name] !== undefined)
              .map((spec) => (
                <div key={spec.name}>
                  <dt>{intl.formatMessage(spec.label)}</dt>
                  <dd>{formatMeasure(intl, live.measures[spec.name] ?? 0, spec)}</dd>
                </div>
              ))}
          </dl>
        </>
      ) : null}
      <h3>{intl.formatMessage(m.controls)}</h3>
      <div className="companion-controls">
        <button
          type="button"
          disabled={!up || live.phase !== 'running'}
          onClick={send('ask-rating')}
        >
          {intl.formatMessage(m.askRating)}
        </button>
        <button
          type="button"
          disabled={!up || !exposing || (live.level ?? 1) <= 1}
          onClick={send('level-down')}
        >
          {intl.formatMessage(m.levelDown)}
        </button>
        <button
          type="button"
          disabled={!up || !exposing || (live.level ?? 10) >= 10}
          onClick={send('level-up')}
        >
          {intl.formatMessage(m.levelUp)}
        </button>
        <button
          type="button"
          disabled={!up || !(exposing || live.phase === 'after')}
          onClick={send(live.pacer ? 'pacer-hide' : 'pacer-show')}
        >
          {intl.formatMessage(live.pacer ? m.hidePacer : m.showPacer)}
        </button>
        <button
          type="button"
          disabled={!up || !exposing}
          onClick={send(live.phase === 'paused' ? 'resume' : 'pause')}
        >
          {intl.formatMessage(live.phase === 'paused' ? m.resume : m.pause)}
        </button>
        <button type="button" className="danger" disabled={!up || !exposing} onClick={send('stop')}>
          {intl.formatMessage(m.stop)}
        </button>
      </div>
      {lastRefused ? <p role="alert">{intl.formatMessage(m.refused)}</p> : null}
    </section>
  );
}

/** The clock as told, counted on between messages while the exposure runs (text only, no render). */
function LiveClock({ live, liveAt }: { live: LiveMessage; liveAt: number }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const update = () => {
      const extra = live.counting ? (Date.now() - liveAt) / 1000 : 0;
      if (ref.current) ref.current.textContent = clock(live.elapsed + extra);
    };
    update();
    if (!live.counting) return;
    const handle = setInterval(update, 1000);
    return () => clearInterval(handle);
  }, [live, liveAt]);
  return <span ref={ref} role="timer" />;
}

/** The live ratings as the review's curve draws them (active seconds on the time axis). */
function curveOf(live: LiveMessage): SessionCurve {
  return {
    points: live.ratings.map((r) => ({
      sinceStart: r.at,
      suds: r.suds,
      prompted: false,
      level: live.level ?? 1,
    })),
    levels: [],
    pacer: [],
    pauses: [],
    headset: [],
    stop: null,
    length: Math.max(live.elapsed, live.ratings.at(-1)?.at ?? 0),
  };
}
