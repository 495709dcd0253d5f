import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'wouter';
import { scenes } from '../../../scenes/registry';
import { levelChanges, type SceneDefinition, say } from '../../../scenes/types';
import type { Read } from '../../data/reads';
import { readInterruptedNotices } from '../../data/sessions';
import { defineMessages } from '../../domain/phrase';
import type { SessionRecord } from '../../domain/session/events';
import { useRecovery } from '../../state/recovery';
import { NextSteps, useLadderRead } from '../ladder/NextSteps';
import { paths, sessionPath, sessionRecordPath } from '../routes';
import { LevelOptions } from '../widgets/LevelOptions';
import { sceneTitle } from '../widgets/sceneTitle';
import { useStored } from '../widgets/useStored';
import { scenePicture } from './scenePictures';

const m = defineMessages({
  ownPlace: {
    id: 'home.ownPlace',
    defaultMessage:
      'Somewhere of your own? <a>Add your own place</a>: a photo or video of it, from this device, as a step on your ladder.',
  },
  level: { id: 'home.level', defaultMessage: 'Level' },
  startLabel: { id: 'home.startLabel', defaultMessage: 'Start {scene} at level {level}' },
  start: { id: 'home.start', defaultMessage: 'Start' },
  unreadable: {
    id: 'home.unreadable',
    defaultMessage: 'Your saved sessions could not be read: {problem}',
  },
  interrupted: {
    id: 'home.interrupted',
    defaultMessage:
      '{count, plural, one {A session was interrupted} other {# sessions were interrupted}}',
  },
  kept: { id: 'home.kept', defaultMessage: 'Every rating given before it stopped was kept.' },
  interruptedItem: { id: 'home.interruptedItem', defaultMessage: '{scene}, {startedAt}' },
  view: { id: 'home.view', defaultMessage: 'View it' },
  dismiss: { id: 'home.dismiss', defaultMessage: 'Dismiss' },
  title: { id: 'home.title', defaultMessage: 'Practice' },
  anyLevel: { id: 'home.anyLevel', defaultMessage: 'Practise any level' },
  lead: {
    id: 'home.lead',
    defaultMessage:
      'Choose a place and how intense it should be. Press <kbd>Esc</kbd> at any moment to leave.',
  },
});

function SceneCard({ scene }: { scene: SceneDefinition }) {
  const intl = useIntl();
  const [level, setLevel] = useState(1);
  const selectId = useId();
  const picture = scenePicture(scene, intl);
  const title = intl.formatMessage(scene.title);
  return (
    <article className="scene-card" aria-labelledby={`${selectId}-title`}>
      <img
        className="scene-picture"
        src={picture.src}
        width={picture.width}
        height={picture.height}
        alt={picture.alt}
        decoding="async"
      />
      <div className="scene-card-text">
        <h3 id={`${selectId}-title`}>{title}</h3>
        <p>{intl.formatMessage(scene.description)}</p>
        <div className="row">
          <label htmlFor={selectId}>{intl.formatMessage(m.level)}</label>
          <select
            id={selectId}
            value={level}
            aria-describedby={`${selectId}-changes`}
            onChange={(e) => setLevel(Number(e.target.value))}
          >
            <LevelOptions scene={scene} />
          </select>
          <Link
            href={sessionPath(scene.id, level)}
            className="button primary"
            aria-label={intl.formatMessage(m.startLabel, { scene: title, level })}
          >
            {intl.formatMessage(m.start)}
          </Link>
        </div>
        <p className="hint level-changes" id={`${selectId}-changes`} aria-live="polite">
          {say(intl, levelChanges(scene, level))}
        </p>
      </div>
    </article>
  );
}

function InterruptedNotice({ stored }: { stored: Read<SessionRecord[]> }) {
  const intl = useIntl();
  const recoveryProblem = useRecovery((s) => s.problem);
  const dismiss = useRecovery((s) => s.dismiss);
  const problem = recoveryProblem ?? (!stored.ok ? stored.problem : null);
  const interrupted = stored.ok ? stored.value : [];
  if (problem) {
    return (
      <p role="alert" className="error">
        {intl.formatMessage(m.unreadable, { problem: say(intl, problem) })}
      </p>
    );
  }
  if (interrupted.length === 0) return null;
  return (
    <section className="notice" aria-labelledby="interrupted-title">
      <h2 id="interrupted-title">
        {intl.formatMessage(m.interrupted, { count: interrupted.length })}
      </h2>
      <p>{intl.formatMessage(m.kept)}</p>
      <ul>
        {interrupted.map((s) => (
          <li key={s.id}>
            {intl.formatMessage(m.interruptedItem, {
              scene: sceneTitle(intl, s.sceneId),
              startedAt: intl.formatDate(s.startedAt, { dateStyle: 'medium', timeStyle: 'short' }),
            })}{' '}
            <Link href={sessionRecordPath(s.id)}>{intl.formatMessage(m.view)}</Link>{' '}
            <button type="button" onClick={() => void dismiss(s.id)}>
              {intl.formatMessage(m.dismiss)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function HomePage() {
  // Live: recovery's marks, a dismissal, and a session left in another tab show once committed.
  const interrupted = useStored(readInterruptedNotices);
  const ladder = useLadderRead();
  // Both boxes sit above the scenes: the page waits for their first reads (a few milliseconds) and
  // then shows whole, so nothing moves under a hand reaching for Start.
  const intl = useIntl();
  if (!interrupted || !ladder) return <section aria-busy="true" />;
  return (
    <section>
      <InterruptedNotice stored={interrupted} />
      <h1>{intl.formatMessage(m.title)}</h1>
      <NextSteps stored={ladder} />
      <h2>{intl.formatMessage(m.anyLevel)}</h2>
      <p className="lead">{intl.formatMessage(m.lead, { kbd: (key) => <kbd>{key}</kbd> })}</p>
      <div className="scene-list">
        {scenes
          // A scene of the person's own file opens only from one of their places.
          .filter((scene) => !scene.ownContent)
          .map((scene) => (
            <SceneCard key={scene.id} scene={scene} />
          ))}
      </div>
      <p className="own-place">
        {intl.formatMessage(m.ownPlace, {
          a: (words) => <Link href={paths.ladder}>{words}</Link>,
        })}
      </p>
    </section>
  );
}
